// Subclassing Date: instances are Dates, methods work and the constructor forms pass through.
class MyDate extends Date {
  constructor(...args) { super(...args); this.tag = "mine"; }
  isoDay() { return this.toISOString().slice(0, 10); }
}
var d = new MyDate(Date.UTC(2020, 4, 6));
console.log(d instanceof Date, d instanceof MyDate, d.tag, d.isoDay(), d.getUTCDate());
console.log(Object.prototype.toString.call(d), typeof d.getTime(), JSON.stringify(d));
var e = new MyDate(2001, 1, 2);
console.log(e.getFullYear(), e.getMonth(), e.getDate(), new MyDate(NaN).getTime());
console.log(MyDate.UTC === Date.UTC, MyDate.parse("2000-01-01"), Object.getPrototypeOf(MyDate) === Date);
