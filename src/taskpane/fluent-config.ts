/**
 * Fluent v8 reads window.FabricConfig when its modules load, and by default fetches Segoe UI from
 * Microsoft's CDN. An empty font base URL keeps it on the system's fonts, so the pane makes no CDN
 * request and works offline. Import this module before anything that imports Fluent.
 */
interface FabricConfigWindow {
  FabricConfig?: { fontBaseUrl?: string; iconBaseUrl?: string };
}

const fabricWindow = window as unknown as FabricConfigWindow;
fabricWindow.FabricConfig = { ...fabricWindow.FabricConfig, fontBaseUrl: "" };

export {};
