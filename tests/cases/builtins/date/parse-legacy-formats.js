// Date.parse's legacy (non-ISO) forms that V8 accepts.
var texts = ["Jan 2 2020", "January 2, 2020", "2 Jan 2020", "Thu, 02 Jan 2020 03:04:05 GMT", "Thu Jan 02 2020 03:04:05 GMT+0100",
  "1/2/2020", "01/02/2020 03:04", "2020/01/02", "2020/1/2 3:4:5", "Jan 2, 2020 3:04 PM", "Jan 2, 2020 12:00 AM",
  "Jan 2 2020 10:00 UTC", "Jan 2 2020 10:00 EST", "Jan 2 2020 10:00 PDT", "Jan 2 2020 10:00 Z", "2 January 2020 10:00:00 +0530",
  "Thursday, January 2, 2020", "Jan 2 20", "Jan 2 1999 (comment) 10:00", "12/31/99", "Mar 1 50"];
for (var i = 0; i < texts.length; i++) console.log(JSON.stringify(texts[i]), Date.parse(texts[i]));
