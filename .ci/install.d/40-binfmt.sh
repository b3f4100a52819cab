# gomedic inspect: npm fetches Go-built executables (esbuild, buf) in the tests with `npm pack`; tar unpacks them.
APT_PACKAGES+=(npm tar)
