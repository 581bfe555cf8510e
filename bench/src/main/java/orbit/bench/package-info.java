package orbit.bench;
