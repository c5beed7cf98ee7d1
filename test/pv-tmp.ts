import { parseValue } from "../src/core/parse/parse-value";
import { classifyName } from "../src/core/classify";
for (const v of process.argv.slice(2)) console.log(v, "=>", JSON.stringify(parseValue(v)), JSON.stringify(classifyName(v)));
