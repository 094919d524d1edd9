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
    });
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
