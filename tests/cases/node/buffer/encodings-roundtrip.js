var s = 'Grüße, 世界! 😀';
['utf8', 'ucs2', 'base64', 'base64url', 'hex'].forEach(function (e) {
  var b = Buffer.from(s, e === 'base64' || e === 'base64url' || e === 'hex' ? undefined : e);
  var enc = b.toString(e);
  console.log(e, enc, Buffer.from(enc, e).equals(b));
});
