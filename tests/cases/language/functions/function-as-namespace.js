// Functions carry static members alongside their call behaviour.
function Config(key) { return Config.values[key]; }
Config.values = { mode: "test", level: 3 };
Config.set = function (key, value) { Config.values[key] = value; return Config; };
Config.set("level", 4).set("extra", true);
console.log(Config("mode"), Config("level"), Config("extra"), Config("none"));
console.log(Object.keys(Config).join(","));
function Tally() { Tally.count++; }
Tally.count = 0;
new Tally(); Tally(); Tally.call(null);
console.log(Tally.count);
var utils = function () { return "called"; };
utils.version = "1.0";
utils.nested = { deep: function () { return utils.version; } };
console.log(utils(), utils.nested.deep(), typeof utils);
