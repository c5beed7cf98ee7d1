import { parseValue } from "../src/core/parse/parse-value";
for (const v of process.argv.slice(2)) console.log(v, "=>", JSON.stringify(parseValue(v)));
