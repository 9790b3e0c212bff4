var count = 0;
var iv = setInterval(function (tag) {
  count++;
  console.log(tag, count);
  if (count === 4) clearInterval(iv);
}, 2, 'tick');
