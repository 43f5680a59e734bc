// Starts the pinned Swagger UI copy (/vendor/swagger-ui/, built from the swagger-ui-dist package)
// on this origin's OpenAPI document. A separate file so the page's CSP can forbid inline scripts.
(() => {
  var root = document.getElementById("swagger-ui");
  if (!root || typeof window.SwaggerUIBundle !== "function") return;
  window.SwaggerUIBundle({
    url: root.getAttribute("data-openapi-url"),
    domNode: root,
    deepLinking: true,
    tryItOutEnabled: false,
    validatorUrl: null,
  });
})();
