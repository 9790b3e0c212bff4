// Callback-passing style: errors as first argument, results second.
function divide(a, b, cb) {
  if (b === 0) return cb(new RangeError("division by zero"));
  cb(null, a / b);
}
function report(err, value) { console.log(err ? "error: " + err.message : "value: " + value); }
divide(10, 4, report);
divide(1, 0, report);
function sequence(steps, done) {
  var results = [];
  function next(i) {
    if (i === steps.length) return done(null, results);
    steps[i](function (err, v) {
      if (err) return done(err);
      results.push(v);
      next(i + 1);
    });
  }
  next(0);
}
sequence([function (cb) { cb(null, 1); }, function (cb) { cb(null, 2); }], function (err, r) { console.log(err, r.join(",")); });
sequence([function (cb) { cb(null, 1); }, function (cb) { cb(new Error("step 2")); }], function (err) { console.log(err.message); });
