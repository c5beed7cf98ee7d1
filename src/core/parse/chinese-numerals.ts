/** Small Chinese numerals as written in values: 两次, 三个, 十二个月, 百分之九十五. */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export function isChineseDigit(ch: string | undefined): boolean {
  return ch !== undefined && (ch in DIGITS || ch === "十" || ch === "百");
}

/**
 * A numeral from 0 to 100 at `start` (一, 两, 十, 十二, 二十, 九十九, 百, 一百), or null. Larger
 * numbers are written in digits in these tables; 两 only stands alone (两十 is not a number).
 */
export function readChineseNumber(s: string, start: number): { value: number; end: number } | null {
  let i = start;
  const lead = s[i];
  const first = lead !== undefined && lead in DIGITS ? DIGITS[lead] : undefined;
  if (first !== undefined) i++;
  if (s[i] === "十") {
    if (first === 0 || lead === "两") return null;
    const tens = (first ?? 1) * 10;
    i++;
    const unitChar = s[i];
    const unit =
      unitChar !== undefined && unitChar in DIGITS && unitChar !== "两" ? DIGITS[unitChar] : undefined;
    if (unit !== undefined && unit > 0) return { value: tens + unit, end: i + 1 };
    return { value: tens, end: i };
  }
  if (s[i] === "百" && (first === undefined || first === 1)) return { value: 100, end: i + 1 };
  if (first === undefined) return null;
  return { value: first, end: i };
}
