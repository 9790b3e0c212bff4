// Run-length encoding with regex replace callbacks and decoding with repeat; round trips checked.
function encode(s) { return s.replace(/(.)\1*/g, function (run, ch) { return run.length + ch; }); }
function decode(s) { return s.replace(/(\d+)(\D)/g, function (_, n, ch) { return ch.repeat(+n); }); }
['WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW', 'abc', '', 'aaaaaaaaaaaa', '😀😀'].forEach(function (s) {
  var e = encode(s);
  console.log(JSON.stringify(e), decode(e) === s);
});
