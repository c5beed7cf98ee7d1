import { initializeIcons } from "@fluentui/font-icons-mdl2";

/**
 * Registers Fluent's MDL2 icons with the font files webpack copies into dist/fonts/, instead of
 * Microsoft's CDN. Call once per page, before the first render.
 */
export function registerBundledIcons(): void {
  initializeIcons(new URL("fonts/", document.baseURI).href);
}
