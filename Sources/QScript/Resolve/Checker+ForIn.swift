extension Checker {
    func checkFor(_ label: String?, _ pattern: Pattern, _ seqExpr: Expr, _ whereClause: Expr?, _ body: [Stmt], at loc: SourceLoc) throws(CheckError) -> Exec {
        let seq = try check(seqExpr)
        guard let element = seq.type.elementType else {
            throw error("not-sequence", "for-in loop requires '\(seq.type)' to conform to 'Sequence'", at: seqExpr.loc)
        }
        return try withLoop(label) { (id) throws(CheckError) in
            pushScope()
            defer { popScope() }
            let bind = try bindPattern(pattern, type: element, isLet: true)
            var cond: BoolCode = Control.alwaysTrue
            if let w = whereClause { cond = try check(w, as: .bool, context: .condition).code.bool }
            let before = uninitialized
            let exec = checkBlock(body)
            uninitialized = before
            let m = self.m
            let s = seq.code.value
            // Ranges and Int strides count without materialising their elements.
            if case .range = seq.type, case .name(let n, _) = pattern, case .local(let v)? = fn.lookupHere(n), !v.boxed {
                return Control.countingLoop(slot: v.slot, s, cond, exec, id, m, loc)
            }
            if case .range = seq.type {
                return rangeLoop(s, bind, cond, exec, id, m, loc)
            }
            if case .stride(.int, _) = seq.type {
                return rangeLoop(s, bind, cond, exec, id, m, loc)
            }
            return Control.elementLoop(Sequences.elements(seq.type, m, loc), s, bind, cond, exec, id, m, loc)
        }
    }

    private func rangeLoop(_ s: @escaping ValueCode, _ bind: @escaping (Frame, Value) -> Void, _ cond: @escaping BoolCode, _ exec: @escaping Exec,
                           _ id: Int, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) -> Exec {
        return { fp throws(Trap) in
            let r = try s(fp).rangeValue
            var i = r.lower
            let n = r.count
            for _ in 0..<n {
                try tick(m, loc)
                bind(fp, .int(i))
                i &+= r.step
                if !(try cond(fp)) { continue }
                if let exit = Control.loopExit(try exec(fp), id) { return exit }
            }
            return .normal
        }
    }
}
