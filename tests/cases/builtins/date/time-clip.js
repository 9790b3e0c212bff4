// TimeClip: time values beyond ±8.64e15 ms are NaN; -0 becomes +0.
console.log(new Date(8.64e15).getTime(), new Date(-8.64e15).getTime(), new Date(8.64e15 + 1).getTime());
console.log(Object.is(new Date(-0).getTime(), 0), new Date(0.5).getTime(), new Date(-0.5).getTime());
var d = new Date(0);
console.log(d.setTime(-0), Object.is(d.getTime(), 0), d.setTime(1e20), d.setTime(8.64e15));
console.log(d.setUTCMilliseconds(1), d.getTime());
console.log(Date.UTC(275760, 8, 13, 0, 0, 0, 1), new Date(275760, 8, 13).getTime());
console.log(new Date(1e81).getTime(), new Date(-1e81).getTime());
