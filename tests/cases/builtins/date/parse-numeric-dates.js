// Legacy numeric forms: m/d/y, y/m/d, two-digit years and dashes.
var texts = ["3/4/2005", "03/04/05", "3/4/49", "3/4/50", "2005/3/4", "2005-3-4", "3-4-2005", "3.4.2005",
  "2005/03/04 05:06:07", "3/4/2005 5:06 pm", "3/4/2005 12:30 am", "12/31/1999 23:59:59", "1/1/0", "0/1/2000"];
for (var i = 0; i < texts.length; i++) {
  var t = Date.parse(texts[i]);
  console.log(JSON.stringify(texts[i]), t, isNaN(t) ? "-" : new Date(t).toISOString());
}
