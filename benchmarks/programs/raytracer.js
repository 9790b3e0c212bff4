// raytracer: a small Whitted-style ray tracer over objects and prototypes (spheres and a
// checkered plane, two lights, shadows, one level of reflection). Prints a checksum of the
// 8-bit pixel values. Only +, -, *, / and Math.sqrt touch doubles, so every IEEE engine agrees.
function Vector(x, y, z) {
  this.x = x;
  this.y = y;
  this.z = z;
}
Vector.prototype.plus = function (v) {
  return new Vector(this.x + v.x, this.y + v.y, this.z + v.z);
};
Vector.prototype.minus = function (v) {
  return new Vector(this.x - v.x, this.y - v.y, this.z - v.z);
};
Vector.prototype.times = function (k) {
  return new Vector(this.x * k, this.y * k, this.z * k);
};
Vector.prototype.dot = function (v) {
  return this.x * v.x + this.y * v.y + this.z * v.z;
};
Vector.prototype.cross = function (v) {
  return new Vector(this.y * v.z - this.z * v.y, this.z * v.x - this.x * v.z, this.x * v.y - this.y * v.x);
};
Vector.prototype.norm = function () {
  var mag = Math.sqrt(this.dot(this));
  return this.times(mag === 0 ? Infinity : 1 / mag);
};

function Color(r, g, b) {
  this.r = r;
  this.g = g;
  this.b = b;
}
Color.prototype.plus = function (c) {
  return new Color(this.r + c.r, this.g + c.g, this.b + c.b);
};
Color.prototype.times = function (c) {
  return new Color(this.r * c.r, this.g * c.g, this.b * c.b);
};
Color.prototype.scale = function (k) {
  return new Color(this.r * k, this.g * k, this.b * k);
};
Color.prototype.toByte = function (channel) {
  var v = Math.floor(channel * 255);
  return v < 0 ? 0 : v > 255 ? 255 : v;
};
Color.black = new Color(0, 0, 0);
Color.white = new Color(1, 1, 1);
Color.grey = new Color(0.5, 0.5, 0.5);
Color.background = Color.black;
Color.defaultColor = Color.black;

function Camera(pos, lookAt) {
  var down = new Vector(0, -1, 0);
  this.pos = pos;
  this.forward = lookAt.minus(pos).norm();
  this.right = this.forward.cross(down).norm().times(1.5);
  this.up = this.forward.cross(this.right).norm().times(1.5);
}

function Ray(start, dir) {
  this.start = start;
  this.dir = dir;
}

function Intersection(thing, ray, dist) {
  this.thing = thing;
  this.ray = ray;
  this.dist = dist;
}

function Light(pos, color) {
  this.pos = pos;
  this.color = color;
}

// Surfaces: a shared base with the default shading and two that override parts of it.
function Surface(roughness) {
  this.roughness = roughness;
}
Surface.prototype.diffuse = function (pos) {
  return Color.white;
};
Surface.prototype.specular = function (pos) {
  return Color.grey;
};
Surface.prototype.reflect = function (pos) {
  return 0.7;
};

function Shiny() {
  Surface.call(this, 250);
}
Shiny.prototype = new Surface(0);
Shiny.prototype.constructor = Shiny;

function Checkerboard() {
  Surface.call(this, 150);
}
Checkerboard.prototype = new Surface(0);
Checkerboard.prototype.constructor = Checkerboard;
Checkerboard.prototype.diffuse = function (pos) {
  return (Math.floor(pos.z) + Math.floor(pos.x)) % 2 !== 0 ? Color.white : Color.black;
};
Checkerboard.prototype.specular = function (pos) {
  return Color.white;
};
Checkerboard.prototype.reflect = function (pos) {
  return (Math.floor(pos.z) + Math.floor(pos.x)) % 2 !== 0 ? 0.1 : 0.7;
};

// Things: each has intersect(ray) and normal(pos).
function Sphere(center, radius, surface) {
  this.center = center;
  this.radius2 = radius * radius;
  this.surface = surface;
}
Sphere.prototype.normal = function (pos) {
  return pos.minus(this.center).norm();
};
Sphere.prototype.intersect = function (ray) {
  var eo = this.center.minus(ray.start);
  var v = eo.dot(ray.dir);
  var dist = 0;
  if (v >= 0) {
    var disc = this.radius2 - (eo.dot(eo) - v * v);
    if (disc >= 0) dist = v - Math.sqrt(disc);
  }
  return dist === 0 ? null : new Intersection(this, ray, dist);
};

function Plane(norm, offset, surface) {
  this.norm = norm;
  this.offset = offset;
  this.surface = surface;
}
Plane.prototype.normal = function (pos) {
  return this.norm;
};
Plane.prototype.intersect = function (ray) {
  var denom = this.norm.dot(ray.dir);
  if (denom > 0) return null;
  return new Intersection(this, ray, (this.norm.dot(ray.start) + this.offset) / -denom);
};

function Scene(things, lights, camera) {
  this.things = things;
  this.lights = lights;
  this.camera = camera;
}

function RayTracer(maxDepth) {
  this.maxDepth = maxDepth;
}
RayTracer.prototype.intersections = function (ray, scene) {
  var closest = Infinity;
  var closestInter = null;
  for (var i = 0; i < scene.things.length; i++) {
    var inter = scene.things[i].intersect(ray);
    if (inter !== null && inter.dist < closest) {
      closestInter = inter;
      closest = inter.dist;
    }
  }
  return closestInter;
};
RayTracer.prototype.testRay = function (ray, scene) {
  var isect = this.intersections(ray, scene);
  return isect === null ? undefined : isect.dist;
};
RayTracer.prototype.traceRay = function (ray, scene, depth) {
  var isect = this.intersections(ray, scene);
  return isect === null ? Color.background : this.shade(isect, scene, depth);
};
RayTracer.prototype.shade = function (isect, scene, depth) {
  var d = isect.ray.dir;
  var pos = d.times(isect.dist).plus(isect.ray.start);
  var normal = isect.thing.normal(pos);
  var reflectDir = d.minus(normal.times(normal.dot(d)).times(2));
  var naturalColor = Color.background.plus(this.getNaturalColor(isect.thing, pos, normal, reflectDir, scene));
  var reflectedColor = depth >= this.maxDepth ? Color.grey : this.getReflectionColor(isect.thing, pos, reflectDir, scene, depth);
  return naturalColor.plus(reflectedColor);
};
RayTracer.prototype.getReflectionColor = function (thing, pos, rd, scene, depth) {
  return this.traceRay(new Ray(pos, rd), scene, depth + 1).scale(thing.surface.reflect(pos));
};
// The specular term is (cos)^roughness; an integer power by squaring keeps it exact across engines.
function power(base, exponent) {
  var result = 1;
  while (exponent > 0) {
    if (exponent % 2 === 1) result *= base;
    base *= base;
    exponent = Math.floor(exponent / 2);
  }
  return result;
}
RayTracer.prototype.getNaturalColor = function (thing, pos, norm, rd, scene) {
  var color = Color.defaultColor;
  for (var i = 0; i < scene.lights.length; i++) {
    var light = scene.lights[i];
    var ldis = light.pos.minus(pos);
    var livec = ldis.norm();
    var neatIsect = this.testRay(new Ray(pos, livec), scene);
    var isInShadow = neatIsect === undefined ? false : neatIsect <= Math.sqrt(ldis.dot(ldis));
    if (isInShadow) continue;
    var illum = livec.dot(norm);
    var lcolor = illum > 0 ? light.color.scale(illum) : Color.defaultColor;
    var specular = livec.dot(rd.norm());
    var scolor = specular > 0 ? light.color.scale(power(specular, thing.surface.roughness)) : Color.defaultColor;
    color = color.plus(thing.surface.diffuse(pos).times(lcolor)).plus(thing.surface.specular(pos).times(scolor));
  }
  return color;
};
RayTracer.prototype.render = function (scene, width, height) {
  var checksum = 0;
  var camera = scene.camera;
  for (var y = 0; y < height; y++) {
    for (var x = 0; x < width; x++) {
      var recenterX = (x - width / 2) / 2 / width;
      var recenterY = -(y - height / 2) / 2 / height;
      var dir = camera.forward.plus(camera.right.times(recenterX).plus(camera.up.times(recenterY))).norm();
      var color = this.traceRay(new Ray(camera.pos, dir), scene, 0);
      checksum = (checksum * 31 + color.toByte(color.r) * 65536 + color.toByte(color.g) * 256 + color.toByte(color.b)) % 1000000007;
    }
  }
  return checksum;
};

function defaultScene() {
  var shiny = new Shiny();
  var checkerboard = new Checkerboard();
  return new Scene(
    [
      new Plane(new Vector(0, 1, 0), 0, checkerboard),
      new Sphere(new Vector(0, 1, -0.25), 1, shiny),
      new Sphere(new Vector(-1, 0.5, 1.5), 0.5, shiny),
      new Sphere(new Vector(1.5, 0.4, 0.5), 0.4, shiny),
    ],
    [
      new Light(new Vector(-2, 2.5, 0), new Color(0.49, 0.07, 0.07)),
      new Light(new Vector(1.5, 2.5, 1.5), new Color(0.07, 0.07, 0.49)),
      new Light(new Vector(1.5, 2.5, -1.5), new Color(0.07, 0.49, 0.071)),
      new Light(new Vector(0, 3.5, 0), new Color(0.21, 0.21, 0.35)),
    ],
    new Camera(new Vector(3, 2, 4), new Vector(-1, 0.5, 0))
  );
}

console.log('raytracer ' + new RayTracer(2).render(defaultScene(), 96, 96));
