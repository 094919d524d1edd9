// The API page: Swagger UI over the description Payara generates from the archive's resources.
// A file of its own, because the pages' Content-Security-Policy allows no inline script.
(function () {
    var target = document.getElementById('apiDocs');
    if (!target || !window.SwaggerUIBundle) {
        return;
    }
    window.SwaggerUIBundle({url: target.getAttribute('data-openapi'), domNode: target, deepLinking: false, tryItOutEnabled: false});
})();
