// toLocale*String options: timeZone, hour12, weekday and month names.
var d = new Date(Date.UTC(2021, 6, 4, 18, 30, 15));
console.log(d.toLocaleString("en-US", { timeZone: "UTC" }));
console.log(d.toLocaleString("en-US", { timeZone: "America/New_York" }));
console.log(d.toLocaleString("en-US", { timeZone: "Asia/Kolkata" }));
console.log(d.toLocaleTimeString("en-US", { hour12: false }));
console.log(d.toLocaleDateString("en-US", { weekday: "long", year: "numeric", month: "long", day: "numeric" }));
console.log(d.toLocaleDateString("en-US", { month: "short", day: "numeric" }));
console.log(d.toLocaleDateString("en-US", { year: "2-digit", month: "2-digit", day: "2-digit" }));
console.log(d.toLocaleTimeString("en-US", { hour: "2-digit", minute: "2-digit" }));
