"""What an engineer is told when a typed count is no single total by 2026-11 (`counts`)."""

NOT_A_COUNT = "请填写台数，例如：10 或 10台 或 十台。"
A_RANGE = "请填写一个确定的台数，不要写范围，例如：20台。"
NOT_WHOLE = "台数须为整数，例如：10台。"
OPEN = "“{text}”没有给出确定的台数，表格只记一个数。请填写计划部署的确切台数，例如：12台。"
UPPER = ("“{text}”只是台数的上限，不是确定的台数，表格只记一个数。"
         "请填写计划部署的确切台数，例如：20台。")
ONE_BATCH = "“{text}”只是其中一批的台数。请填写到 2026 年 11 月的部署总数（各批合计），例如：20台。"
SEVERAL = "请填写一个合计台数，例如人形 5 台、四足 3 台，请填 8台。"
TWO_NUMBERS = "“{text}”中有两个数，表格只记一个数。请只填写部署总数，例如：15台。"
STAGES = "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。"
ALREADY = "“已部署”的是现有台数。请填写到 2026 年 11 月的部署总数（含已部署的），例如：10台。"
A_YEAR = "“{year}”像是年份。请填写部署的台数，例如：10台。"
LATER = ("“{text}”说的是 {when}的台数。部署总数只算到 2026 年 11 月，"
         "请填写届时的部署总数，例如：10台。")
BY_DEADLINE_PART = ("“{text}”中到 2026 年 11 月部署的是 {part} 台。部署总数只算到 2026 年 11 月，"
                    "请填写届时的部署总数，例如：{part}台。")
A_RATE = "“{text}”是每{period}的台数。请填写到 2026 年 11 月的部署总数，例如：10台。"
ADDED_BY_DEADLINE = ("“{text}”中 2026 年 11 月前还要增加台数，表格只记一个数。"
                     "请填写到 2026 年 11 月的部署总数（含增加的），例如：{total}台。")
# Machines added to a count for each site (两个厂区各5台，10月再各增加2台): no total is offered,
# as none summed from the counts said would be right.
ADDED_BY_DEADLINE_EACH = ("“{text}”中 2026 年 11 月前还要增加台数，表格只记一个数。"
                          "请填写到 2026 年 11 月的部署总数（各处合计，含增加的）。")
# A count per site (每个变电站2台，共10个站): the product is offered, not saved, as the sites may
# not all get the same number (`count_sites`).
PER_SITE = ("“{text}”读作 {sites} 处、每处 {each} 台，合计 {total} 台。部署总数只记一个合计台数，"
            "请填 {total}台（各处台数不同的，请填实际合计）。")
PER_SITE_ONLY = ("“{text}”是每处的台数。部署总数只记一个合计台数，"
                 "请填写各处合计，例如 3 处各 2 台请填 6台。")
# A count the engineer says is wrong with none after it (10台，不对): nothing to save.
TAKEN_BACK = "您说“{wrong}”不对，请重新填写到 2026 年 11 月的部署总数，例如：12台。"
