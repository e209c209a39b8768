package understand

// RegionMatcher finds a region named in text (knowledge.Base satisfies it:
// aliases like 沪, 杭州→zhejiang, 深圳→guangdong, Shanghai).
type RegionMatcher interface {
	MatchRegion(text string) (id string, ok bool)
}

// region is the region the message names.
func (x *extractor) region(regions RegionMatcher) string {
	if id, ok := regions.MatchRegion(x.s); ok {
		return id
	}
	return ""
}
