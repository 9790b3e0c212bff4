// toUTCString's RFC 7231 form parses back, with or without the weekday and with other zones.
var texts = ["Tue, 15 Nov 1994 08:12:31 GMT", "15 Nov 1994 08:12:31 GMT", "Tue, 15 Nov 1994 08:12:31 +0100",
  "Tue, 15 Nov 1994 08:12 GMT", "Tue, 15 Nov 94 08:12:31 GMT", "Wed, 15 Nov 1994 08:12:31 GMT", "Tue 15 Nov 1994"];
for (var i = 0; i < texts.length; i++) {
  var t = Date.parse(texts[i]);
  console.log(JSON.stringify(texts[i]), t, isNaN(t) ? "-" : new Date(t).toUTCString());
}
