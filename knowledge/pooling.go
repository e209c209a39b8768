package knowledge

import "bujiao/knowledge/place"

// CityCode is the prefecture-level city (or municipality) of the first
// place named in text, as the first four digits of its division code: the
// employee scheme pools by city, so two places with different codes are
// two pooling areas ("从深圳跳槽去广州"), and two districts of one city
// are one ("从浦东搬到闵行"). ok is false when the first place is a
// province or a name several places share: which city is then not known.
func (b *Base) CityCode(text string) (code string, ok bool) {
	for _, m := range place.Default().Find(text) {
		if m.Kind != place.Found {
			return "", false
		}
		p := m.Place
		switch p.Province {
		case "110000", "120000", "310000", "500000":
			// Municipalities pool as one city, districts and all.
			return p.Province[:4], true
		case "460000", "540000", "640000":
			// Hainan, Tibet and Ningxia pool (or are moving to pool)
			// province-wide: two of their cities may be one area, so
			// whether a move left it stays a question.
			return "", false
		}
		if p.Level == place.Province || len(p.Code) < 4 {
			return "", false
		}
		return p.Code[:4], true
	}
	return "", false
}
