// toLocaleTimeString's 12-hour clock around midnight and noon.
var hours = [0, 1, 11, 12, 13, 23];
for (var i = 0; i < hours.length; i++) {
  var d = new Date(Date.UTC(2020, 0, 1, hours[i], 5, 9));
  console.log(hours[i], d.toLocaleTimeString(), "|", d.toLocaleString());
}
console.log(new Date(Date.UTC(2020, 0, 1, 0, 0, 0, 999)).toLocaleTimeString());
