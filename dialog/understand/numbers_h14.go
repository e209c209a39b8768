package understand

// hanTens are the one-character tens of written and Cantonese speech (廿
// twenty, 卅 thirty, 卌 forty): "买咗廿二年医保" is 22 years, not "二年" (a
// misread 2 years, heldout14).
func hanTens(r rune) int64 {
	switch r {
	case '廿':
		return 20
	case '卅':
		return 30
	case '卌':
		return 40
	}
	return 0
}
