/** Share of letters that are Arabic script. */
export function arabicRatio(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3)) {
      arabic++;
      letters++;
    } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) letters++;
  }
  return letters ? arabic / letters : 0;
}
