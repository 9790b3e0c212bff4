// toString ends with the zone's offset and long name (UTC here: "GMT+0000 (Coordinated Universal Time)").
var d = new Date(Date.UTC(2022, 2, 13, 10, 0));
var s = d.toString();
console.log(s);
console.log(s.slice(s.indexOf("GMT")), d.toTimeString().slice(9));
console.log(new Date(Date.UTC(2022, 10, 6, 10, 0)).toString().slice(25));
