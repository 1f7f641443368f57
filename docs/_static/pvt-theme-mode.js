/* Furo's colour scheme (light, dark or auto) before the page is drawn. Furo writes this line as an
 inline script; as a file it runs the same (synchronously, at the top of <body>) and stays within
 a Content-Security-Policy without 'unsafe-inline' (docs/_templates/page.html). */
document.body.dataset.theme = localStorage.getItem("theme") || "auto";
