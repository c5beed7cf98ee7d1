// Builds the task pane (taskpane.html, which Excel loads) and the preview (preview.html, the same
// pane in a plain browser) into dist/, with the manifest, icons and Fluent's icon font copied, so
// that nothing is fetched from a CDN except office.js itself.
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_PORT = 3000;
const DEV_ORIGIN = `https://localhost:${DEV_PORT}`;
// The one place that switches the add-in's URLs for production: the manifest in the repository
// points at the dev server, and its copy in dist/ is rewritten to this origin.
const PUBLIC_URL = (process.env.JIXIAO_PUBLIC_URL || DEV_ORIGIN).replace(/\/+$/, "");
const DEV_CERTS_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const FLUENT_ICON_FONTS = path.join(
  path.dirname(require.resolve("@fluentui/font-icons-mdl2")),
  "..",
  "fonts",
);

/** The manifest as shipped: every dev-server URL moved to PUBLIC_URL. */
function manifestForPublicUrl(xml) {
  return xml.toString().split(DEV_ORIGIN).join(PUBLIC_URL);
}

/** office-addin-dev-certs' certificate when it has been generated, else webpack's self-signed one. */
function httpsServerOption() {
  const cert = path.join(DEV_CERTS_DIR, "localhost.crt");
  const key = path.join(DEV_CERTS_DIR, "localhost.key");
  const ca = path.join(DEV_CERTS_DIR, "ca.crt");
  if (!fs.existsSync(cert) || !fs.existsSync(key))
    return { type: "https", description: "self-signed", trusted: false };
  const options = { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
  if (fs.existsSync(ca)) options.ca = fs.readFileSync(ca);
  return { type: "https", options, description: `office-addin-dev-certs (${DEV_CERTS_DIR})`, trusted: true };
}

/**
 * What `npm start` prints once the server is up. Excel loads the pane only over HTTPS it trusts:
 * office-addin-dev-certs' certificate, once its CA is installed (`npm run certs`). With webpack's
 * self-signed certificate Excel shows an empty pane or an error, so then the sideloading steps are
 * not offered at all: it says what to run instead.
 */
function sideloadHelp(certificate, trustedByExcel) {
  const lines = [
    "",
    `绩效指标助手 dev server is up on ${DEV_ORIGIN} (certificate: ${certificate})`,
    `  Preview in any browser:   ${DEV_ORIGIN}/preview.html`,
  ];
  if (!trustedByExcel) {
    return [
      ...lines,
      "  (the browser warns about the self-signed certificate once: accept it for localhost)",
      "",
      "Excel will refuse this server's self-signed certificate, so the add-in cannot be sideloaded yet.",
      "To use it in Excel (Windows or Mac): stop this server (Ctrl+C), run",
      "    npm run certs",
      "(office-addin-dev-certs makes a certificate for localhost and asks your system to trust its CA),",
      "then run npm start again: the steps to sideload are printed then.",
      "",
    ];
  }
  return [
    ...lines,
    `  Task pane (inside Excel): ${DEV_ORIGIN}/taskpane.html`,
    "",
    `Sideload manifest.xml (also served at ${DEV_ORIGIN}/manifest.xml) into Excel:`,
    "  Windows: share the folder holding manifest.xml; File > Options > Trust Center > Trust Center Settings >",
    "           Trusted Add-in Catalogs: add \\\\<computer>\\<share>, tick Show in Menu, restart Excel;",
    "           Home > Add-ins > More Add-ins > SHARED FOLDER > 绩效指标助手.",
    "  Mac:     copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
    "           (create wef if needed), restart Excel, then Home > Add-ins > 绩效指标助手.",
    "  Web:     open a workbook in Excel on the web; Home > Add-ins > More Add-ins > My Add-ins >",
    "           Upload My Add-in > manifest.xml.",
    "Then Home > 绩效指标 > 指标助手. If the pane stays empty, the certificate's CA is not trusted on this",
    "machine yet: run npm run certs again (on Linux it cannot install the CA; use Windows or Mac for Excel).",
    "",
  ];
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const { description: certificate, trusted: trustedByExcel, ...server } = httpsServerOption();
  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval, in development too.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
      commands: "./src/excel/commands.ts",
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The preview reads and writes .xlsx in the browser (src/xlsx). exceljs's main entry is Node code
      // (streams, fs, zlib); its package "browser" field points at a self-contained bundle with
      // polyfills for old browsers. The "bare" bundle is the same without them (no core-js or
      // regenerator, 85 KiB less), which every browser the pane supports can run. No Node polyfills.
      alias: { exceljs$: require.resolve("exceljs/dist/exceljs.bare.min.js") },
    },
    module: {
      // A prebuilt, minified UMD bundle: nothing in it for webpack to resolve, and parsing 850 KiB is slow.
      noParse: /exceljs[\\/]dist[\\/]/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // Types are checked by `tsc --noEmit`; the tsconfig is check-only, so let ts-loader emit.
          options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/old-webview.js", to: "old-webview.js" },
          { from: "src/taskpane/support.html", to: "support.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestForPublicUrl },
          { from: path.join(FLUENT_ICON_FONTS, "*.woff"), to: "fonts/[name][ext]" },
        ],
      }),
    ],
    // Size is tracked by `npm run bench` (bundle.taskpaneKiB) rather than by webpack's warnings.
    performance: { hints: false },
    stats: production ? "normal" : "minimal",
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      server,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: { warnings: false } },
      // Printed after the first build, so the build's own output does not scroll it away.
      onListening: (devServer) => {
        let printed = false;
        devServer.compiler.hooks.done.tap("jixiao-sideload-help", (stats) => {
          if (printed || stats.hasErrors()) return;
          printed = true;
          setImmediate(() => console.log(sideloadHelp(certificate, trustedByExcel).join("\n")));
        });
      },
    },
  };
};

module.exports.manifestForPublicUrl = manifestForPublicUrl;
module.exports.sideloadHelp = sideloadHelp;
