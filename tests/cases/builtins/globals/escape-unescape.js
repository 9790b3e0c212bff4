// Annex B escape/unescape: %XX for Latin-1, %uXXXX above, and a fixed safe set.
console.log(escape("abcXYZ019@*_+-./"), escape(" !\"#$%&'(),:;<=>?[\\]^`{|}~"));
console.log(escape("\u00e9\u00ff\u0100\u4e2d\ud83d\ude00"), escape("\u0000\u007f"));
console.log(unescape("%41%u0042%u00e9%E9"), unescape("%u4E2D%uD83D%uDE00").length);
console.log(unescape("%"), unescape("%4"), unescape("%G1"), unescape("%u12"), unescape("%u12G4"), unescape("%%41"));
console.log(unescape(escape("round trip \u00e9\u4e2d\ud800")) === "round trip \u00e9\u4e2d\ud800");
console.log(escape(123), escape(null), unescape(undefined), escape.length, unescape.length);
