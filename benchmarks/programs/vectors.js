// vectors: 3D vector math on objects made by a constructor function, with methods on its
// prototype; every operation allocates a new vector. A softened n-body step, checksummed.
function Vec3(x, y, z) {
  this.x = x;
  this.y = y;
  this.z = z;
}

Vec3.prototype.add = function (v) {
  return new Vec3(this.x + v.x, this.y + v.y, this.z + v.z);
};
Vec3.prototype.sub = function (v) {
  return new Vec3(this.x - v.x, this.y - v.y, this.z - v.z);
};
Vec3.prototype.scale = function (s) {
  return new Vec3(this.x * s, this.y * s, this.z * s);
};
Vec3.prototype.dot = function (v) {
  return this.x * v.x + this.y * v.y + this.z * v.z;
};
Vec3.prototype.cross = function (v) {
  return new Vec3(this.y * v.z - this.z * v.y, this.z * v.x - this.x * v.z, this.x * v.y - this.y * v.x);
};
Vec3.prototype.length = function () {
  return Math.sqrt(this.dot(this));
};
Vec3.prototype.normalize = function () {
  var len = this.length();
  return len === 0 ? this : this.scale(1 / len);
};

function Body(position, velocity, mass) {
  this.position = position;
  this.velocity = velocity;
  this.mass = mass;
}

// Deterministic pseudo-random doubles in [0, 1).
var seed = 42;
function random() {
  seed = (seed * 69069 + 1) % 4294967296;
  return seed / 4294967296;
}

function makeBodies(count) {
  var bodies = [];
  for (var i = 0; i < count; i++) {
    var p = new Vec3(random() * 10 - 5, random() * 10 - 5, random() * 10 - 5);
    var v = new Vec3(random() - 0.5, random() - 0.5, random() - 0.5);
    bodies.push(new Body(p, v, 1 + random()));
  }
  return bodies;
}

function step(bodies, dt) {
  var n = bodies.length;
  for (var i = 0; i < n; i++) {
    var bi = bodies[i];
    var force = new Vec3(0, 0, 0);
    for (var j = 0; j < n; j++) {
      if (i === j) continue;
      var d = bodies[j].position.sub(bi.position);
      var dist2 = d.dot(d) + 0.01;
      force = force.add(d.normalize().scale(bodies[j].mass / dist2));
    }
    bi.velocity = bi.velocity.add(force.scale(dt));
  }
  for (var k = 0; k < n; k++) {
    var b = bodies[k];
    b.position = b.position.add(b.velocity.scale(dt));
  }
}

function checksum(bodies) {
  var momentum = new Vec3(0, 0, 0);
  var spin = new Vec3(0, 0, 0);
  var energy = 0;
  for (var i = 0; i < bodies.length; i++) {
    var b = bodies[i];
    momentum = momentum.add(b.velocity.scale(b.mass));
    spin = spin.add(b.position.cross(b.velocity).scale(b.mass));
    energy += 0.5 * b.mass * b.velocity.dot(b.velocity);
  }
  return [Math.round(energy * 1e6), Math.round(momentum.length() * 1e6), Math.round(spin.length() * 1e6)];
}

var bodies = makeBodies(60);
for (var s = 0; s < 80; s++) step(bodies, 0.001);
console.log('vectors ' + checksum(bodies).join(' '));
