/*
 * Runs before the pane's bundle, in ES5 only: Office on older Windows hosts the pane in Internet
 * Explorer 11 ("Trident") or Edge Legacy ("EdgeHTML"), which cannot parse the bundle (ES2022) and would
 * show a blank pane. There it says, in both languages, what to install instead. Microsoft recommends a
 * graceful message found by the user agent ("Support older Microsoft webviews and Office versions",
 * learn.microsoft.com/office/dev/add-ins/develop/support-ie-11; Chromium Edge says "Edg/", not "Edge/").
 * A file of its own, not inline: the page's Content-Security-Policy allows no inline script.
 */
(function () {
  "use strict";
  var agent = window.navigator.userAgent;
  var trident = agent.indexOf("Trident") !== -1;
  var edgeLegacy = agent.indexOf("Edge/") !== -1;
  if (!trident && !edgeLegacy) return;

  function paragraph(text, lang) {
    var p = document.createElement("p");
    p.setAttribute("lang", lang);
    p.style.margin = "0 0 12px 0";
    p.appendChild(document.createTextNode(text));
    return p;
  }

  function show() {
    var root = document.getElementById("root");
    if (root) root.style.display = "none";
    var box = document.createElement("div");
    box.id = "old-webview";
    box.setAttribute("role", "alert");
    box.style.padding = "16px";
    box.style.fontFamily = "'Microsoft YaHei', 'Segoe UI', sans-serif";
    box.style.fontSize = "14px";
    box.style.lineHeight = "1.6";
    box.appendChild(
      paragraph(
        "绩效指标助手无法在这一版本的 Office 中运行：Office 正用旧的 Internet Explorer（或旧版 Edge）组件显示加载项。" +
          "请升级到 Office 2021 或更高版本，或 Microsoft 365；已是 Microsoft 365 的 Windows 电脑请安装 Microsoft Edge WebView2 运行时" +
          "（https://go.microsoft.com/fwlink/p/?LinkId=2124703）。然后关闭并重新打开 Excel。",
        "zh-CN"
      )
    );
    box.appendChild(
      paragraph(
        "This add-in won't run in this version of Office: Office shows add-ins with the old Internet Explorer " +
          "(or Edge Legacy) component. Please upgrade to Office 2021 or later, or to Microsoft 365; on Windows with " +
          "Microsoft 365, install the Microsoft Edge WebView2 Runtime (https://go.microsoft.com/fwlink/p/?LinkId=2124703). " +
          "Then close and reopen Excel.",
        "en-US"
      )
    );
    document.body.appendChild(box);
  }

  if (document.body) show();
  else document.addEventListener("DOMContentLoaded", show);
})();
