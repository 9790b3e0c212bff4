// Capitalisation and case conversion between naming styles.
function capitalize(w) { return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(); }
function camel(s) { return s.replace(/[-_ ]+(\w)/g, function (m, c) { return c.toUpperCase(); }); }
function kebab(s) { return s.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase(); }
console.log(["hELLO", "wORLD", "", "x"].map(capitalize).join("|"));
console.log(camel("background-color"), camel("snake_case_name"), camel("two words"));
console.log(kebab("backgroundColor"), kebab("someHTMLThing"), kebab("already-kebab"));
console.log("The Quick Brown".toLowerCase().split(" ").join("_"));
console.log("mIxEd".split("").map(function (c) { return c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase(); }).join(""));
console.log(capitalize("\u00e9cole"), camel("-leading-dash"), kebab("ABC"));
