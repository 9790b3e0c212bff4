// Out-of-range months, days and times in the constructor carry into larger units.
function iso(d) { return isNaN(d) ? "Invalid" : d.toISOString(); }
console.log(iso(new Date(2020, 12, 1)), iso(new Date(2020, -1, 1)), iso(new Date(2020, 0, 32)), iso(new Date(2020, 0, 0)));
console.log(iso(new Date(2020, 1, 30)), iso(new Date(2020, 0, 1, 24)), iso(new Date(2020, 0, 1, -1)), iso(new Date(2020, 0, 1, 0, 1440)));
console.log(iso(new Date(2020, 0, 1, 0, 0, -1)), iso(new Date(2020, 0, 1, 0, 0, 0, 86400000)), iso(new Date(2020, 120, 1)));
console.log(iso(new Date(2020, 0, -365)), iso(new Date(1e6, 0)), iso(new Date(275760, 8, 14)));
