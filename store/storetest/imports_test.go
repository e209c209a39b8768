package storetest

import (
	"os/exec"
	"strings"
	"testing"
)

// The house rule: the SQLite store and any store under store/ import
// exactly one package of ours, the contract (dialog/persist); everything
// else they need is the standard library or third-party. A store that
// imports another store, the dialog or the knowledge base would tie the
// layers together again. Their tests may also use the test kits under
// store/ (this package, store/pg/pgtest); tests that need two stores at
// once live in cmd/bujiao, which wires them.
const (
	module   = "bujiao"
	contract = module + "/dialog/persist"
)

var testKits = map[string]bool{module + "/store/storetest": true, module + "/store/pg/pgtest": true}

// TestStoreImports runs go list on every package under store/ and fails on
// an import of ours other than the contract.
func TestStoreImports(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	const sep = "\x1f"
	out, err := exec.Command(goBin, "list", "-f",
		`{{.ImportPath}}`+sep+`{{join .Imports " "}}`+sep+`{{join .TestImports " "}} {{join .XTestImports " "}}`,
		module+"/store/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, sep)
		if len(f) != 3 {
			t.Fatalf("go list printed %q", line)
		}
		pkgs++
		if bad := ours(f[0], f[1], nil); len(bad) > 0 {
			t.Errorf("%s imports %v: a store may import only %s of ours (move what it needs into the contract)", f[0], bad, contract)
		}
		if bad := ours(f[0], f[2], testKits); len(bad) > 0 {
			t.Errorf("the tests of %s import %v: only %s and the store test kits are allowed (tests needing two stores go in cmd/bujiao)", f[0], bad, contract)
		}
	}
	if pkgs < 3 {
		t.Fatalf("go list found %d packages under store/, want store, store/pg and the test kits", pkgs)
	}
}

// ours returns the imports in list (space-separated) that are packages of
// this module other than the contract, pkg itself and allowed.
func ours(pkg, list string, allowed map[string]bool) []string {
	var bad []string
	for _, imp := range strings.Fields(list) {
		if imp != module && !strings.HasPrefix(imp, module+"/") {
			continue
		}
		if imp == contract || imp == pkg || allowed[imp] {
			continue
		}
		bad = append(bad, imp)
	}
	return bad
}
