package understand

// otherCity reports that a and b name cities known to differ (audit round
// 13 n15: "moved from guangzhou to shenzhen", "moved from chengdu to
// wuhan" asked "is the new job in another city?"): the move left the
// pooling area. Unknown places report false, and the question stays.
func otherCity(regions RegionMatcher, a, b string) bool {
	cc, ok := regions.(cityCoder)
	if !ok {
		return false
	}
	x, okA := cc.CityCode(a)
	y, okB := cc.CityCode(b)
	return okA && okB && x != y
}
