/*
 * Keeps an archivist from losing typed work: a form marked data-guard warns before the page is
 * left with unsaved changes, and its Cancel button asks before discarding them. A form rendered
 * again after a refused save starts out dirty (data-guard="dirty"): what is in it is still unsaved.
 */
(function () {
    'use strict';
    var dirty = false;

    function guarded(element) {
        return element && element.closest && element.closest('form[data-guard]');
    }

    function markDirty(event) {
        if (guarded(event.target)) {
            dirty = true;
        }
    }

    document.addEventListener('input', markDirty, true);
    document.addEventListener('change', markDirty, true);
    document.addEventListener('DOMContentLoaded', function () {
        dirty = document.querySelector('form[data-guard="dirty"]') !== null;
        if (restoreRecoveredInput()) {
            dirty = true;
        }
    });

    /*
     * After a session expired while someone typed, the server sends them back to the same page with
     * what they had posted (RecoveredInput); each value goes back into the field of the same name.
     * Menus are left alone: their PrimeFaces widgets keep their own state.
     */
    function restoreRecoveredInput() {
        var holder = document.getElementById('archiveRecovered');
        if (!holder || !holder.getAttribute('data-values')) {
            return false;
        }
        var values = JSON.parse(holder.getAttribute('data-values'));
        var restored = 0;
        Object.keys(values).forEach(function (name) {
            var field = document.getElementsByName(name)[0];
            var textual = field && (field.tagName === 'TEXTAREA' || (field.tagName === 'INPUT'
                && ['text', 'search', 'email', 'url', 'tel', 'number'].indexOf(field.type) >= 0));
            if (textual && field.value !== values[name]) {
                field.value = values[name];
                restored++;
            }
        });
        holder.hidden = false;
        return restored > 0;
    }

    /*
     * PrimeFaces puts role="alert" on the <li> of each message, which makes its list invalid for
     * screen readers; the alert role belongs to the message box around the list.
     */
    function repairMessageRoles() {
        document.querySelectorAll('.ui-messages li[role="alert"], .ui-message li[role="alert"]').forEach(function (item) {
            item.removeAttribute('role');
            item.removeAttribute('aria-atomic');
            var box = item.closest('div');
            if (box) {
                box.setAttribute('role', 'alert');
            }
        });
    }
    document.addEventListener('DOMContentLoaded', function () {
        repairMessageRoles();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', repairMessageRoles);
        }
    });

    /* On narrow screens the menu folds behind one button. */
    document.addEventListener('click', function (event) {
        var toggle = event.target.closest && event.target.closest('#menuToggle');
        if (toggle) {
            var open = document.getElementById('header').classList.toggle('archive-menu-open');
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        }
    });

    /*
     * Focus where a person starts: the first refused field after a refused save, else a field the
     * page marks with data-autofocus (the search box).
     */
    document.addEventListener('DOMContentLoaded', function () {
        var first = document.querySelector('input.ui-state-error, textarea.ui-state-error, [aria-invalid="true"]')
            || document.querySelector('[data-autofocus] input, input[data-autofocus]');
        if (first && !first.disabled) {
            first.focus();
        }
    });

    /*
     * Ctrl+S (Cmd+S) saves a guarded form wherever the cursor is: PrimeFaces' hotkey ignores keys
     * typed inside fields, which is where an archivist's cursor always is.
     */
    document.addEventListener('keydown', function (event) {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 's' || event.key === 'S')) {
            var form = guarded(document.activeElement) || document.querySelector('form[data-guard]');
            var save = form && form.querySelector('[data-save]');
            if (save) {
                event.preventDefault();
                dirty = false;
                save.click();
            }
        }
    }, true);

    /*
     * Enter in a search box with suggestions searches for what was typed, unless a suggestion is
     * highlighted: PrimeFaces' autocomplete would otherwise spend the first Enter closing its panel.
     */
    document.addEventListener('keydown', function (event) {
        var box = event.target;
        if (event.key !== 'Enter' || !box.closest || !box.closest('.archive-search-input')) {
            return;
        }
        var panel = document.getElementById(box.id.replace(/_input$/, '_panel'));
        var highlighted = panel && panel.offsetParent !== null && panel.querySelector('.ui-state-highlight');
        var button = box.form && box.form.querySelector('[data-search]');
        if (!highlighted && button) {
            event.preventDefault();
            event.stopImmediatePropagation();
            if (panel) {
                panel.style.display = 'none';
            }
            button.click();
        }
    }, true);
    window.addEventListener('beforeunload', function (event) {
        if (dirty) {
            event.preventDefault();
            event.returnValue = '';
        }
    });

    window.archiveGuard = {
        /** A save is leaving the page on purpose; the server answers with the result. */
        saving: function () {
            dirty = false;
            return true;
        },
        /** Changes that happened through AJAX (a row added or removed). */
        changed: function () {
            dirty = true;
        },
        isDirty: function () {
            return dirty;
        },
        /** Leaves for url at once when nothing is unsaved; otherwise asks through the dialog widget. */
        leave: function (url, dialog) {
            if (!dirty) {
                window.location.href = url;
            } else {
                PF(dialog).show();
            }
            return false;
        },
        discard: function (url) {
            dirty = false;
            window.location.href = url;
            return false;
        }
    };
}());
