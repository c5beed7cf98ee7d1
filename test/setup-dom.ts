import "@testing-library/jest-dom";
import { setIconOptions } from "@fluentui/react";

// Icons are registered by the app itself; tests render components alone.
setIconOptions({ disableWarnings: true });
