// LAPACK's C interface (Debian's liblapacke-dev, backed by OpenBLAS when libopenblas is installed).
#include <lapacke.h>
