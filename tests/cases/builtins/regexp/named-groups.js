// Named capture groups: .groups, \k backreferences, $<name> replacements and duplicates across calls.
var m = /(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/.exec("on 2021-07");
console.log(m[0], m.groups.year, m.groups.month, m.groups.day, "day" in m.groups, Object.getPrototypeOf(m.groups));
console.log(Object.keys(m.groups).join(","), m.index, m.length);
console.log("2021-07-04".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>/$<m>/$<y> $<missing>|$<y"));
console.log("2021-07-04".replace(/(?<y>\d+)-(?<m>\d+)/, function () { var g = arguments[arguments.length - 1]; return g.m + "." + g.y; }));
console.log(/(?<q>['"]).*?\k<q>/.exec("say 'hi\" there' ok")[0]);
console.log(/\k<a>(?<a>x)/.test("x"), JSON.stringify(/(?<a>.)(?<b>.)?/.exec("z").groups));
console.log("ab".replace(/(a)(b)/, "$<x>"), JSON.stringify(/(a)/.exec("a").groups));
var all = [];
"k1=v1;k2=v2".replace(/(?<k>\w+)=(?<v>\w+)/g, function (m, k, v, off, str, groups) { all.push(groups.k + ">" + groups.v + "@" + off); return m; });
console.log(all.join(" "));
