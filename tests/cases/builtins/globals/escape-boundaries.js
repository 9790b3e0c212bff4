// escape chooses %XX below 256 and %uXXXX above; unescape accepts either case of hex digits.
var out = [];
[0x20, 0x2a, 0x2b, 0x2f, 0x40, 0x5f, 0x7e, 0x7f, 0xff, 0x100, 0xfff, 0xd800, 0xffff].forEach(function (c) {
  out.push(c.toString(16) + "=" + escape(String.fromCharCode(c)));
});
console.log(out.join(" "));
console.log(unescape("%7e%7E%u00FF%u00ff%uD83D%uDE00"), unescape("%u"), unescape("%uZZZZ"), unescape("100%"));
