// Which characters trim and \s consider whitespace (Unicode Zs, line terminators, BOM) and which they do not.
var chars = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x180e, 0x2000, 0x200a, 0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x85];
console.log(chars.map(function (c) { var s = String.fromCharCode(c); return c.toString(16) + ':' + (s.trim() === '' ? 'T' : 'f') + (/\s/.test(s) ? 'S' : 'f') + (isNaN(Number(s + '1' + s)) ? 'n' : 'N'); }).join(' '));
console.log(JSON.stringify('\u00a0 x \ufeff'.trim()), JSON.stringify(' x '.trimStart()), JSON.stringify(' x '.trimEnd()));
console.log(Number('\u2028 12 \u3000'), parseInt('\u200b12'), parseFloat('\u180e5'));
