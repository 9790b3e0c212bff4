// The reviver can make properties non-configurable; deleting them then fails silently.
var r = JSON.parse('{"a": 1, "b": 2}', function (k, v) {
  if (k === "a") Object.defineProperty(this, "b", { value: "locked", configurable: false });
  if (k === "b") return undefined;
  return v;
});
console.log(JSON.stringify(r), Object.getOwnPropertyDescriptor(r, "b").configurable);
