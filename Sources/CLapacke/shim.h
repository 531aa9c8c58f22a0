// LAPACK's and BLAS's C interfaces (Debian's liblapacke-dev and libopenblas-dev: OpenBLAS
// provides both when installed).
#include <lapacke.h>
#include <cblas.h>
