// URL.canParse and constructor errors.
console.log(URL.canParse('http://x.com'), URL.canParse('x'), URL.canParse('x', 'http://b/'), URL.canParse('', 'bad'));
try {
  new URL();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new URL('http://[::1');
} catch (e) {
  console.log(e.name, e.code, e.message, e.input);
}
console.log(new URL({ toString: function () { return 'http://obj.com/'; } }).href);
