// Thrown non-Error objects carry no stack or name unless given; instanceof Error is false.
var thrown = [{ message: "plain" }, "string", 404, null, [1, 2], function () {}];
for (var i = 0; i < thrown.length; i++) {
  try { throw thrown[i]; } catch (e) {
    var info = [i, typeof e, e instanceof Error];
    if (e !== null && typeof e === "object") info.push("message" in e, "stack" in e);
    console.log(info.join(" "));
  }
}
var errLike = { name: "Fake", message: "not an Error" };
try { throw errLike; } catch (e) { console.log(e.name + ": " + e.message, e === errLike); }
