/**
 * zod, configured once for every schema of the engine. `jitless`: zod would otherwise probe
 * `new Function("")` to compile its parsers, which the pages' Content-Security-Policy forbids (the
 * probe fails and is reported as a violation); our data is small, so interpreted parsing costs nothing.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
