// The manifest's FunctionFile: the ribbon button only opens the pane, so this page holds no
// commands; it tells Office it is ready. A file of its own, because the page's
// Content-Security-Policy allows no inline script.
if (typeof Office !== "undefined") void Office.onReady();
