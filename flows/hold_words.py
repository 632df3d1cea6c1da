"""Words an engineer types when the answer needs time: 稍等, 我问下领导, 晚点补充, 在开会.

On a phone the bot is answered as a colleague is: 这个要问技术部, 明天再填, 稍后发您. Said as a
whole message (with a yes or a 不好意思 around it, `typed_replies.HOLDING_ON`) none of them is
words for a cell, however short the answer asked for; inside a sentence they are the answer's
own (来料需人工核实一下批次, 等离子切割作业场景), so each pattern here is read only in full.
"""

# Whom to ask (领导, 技术部, 厂家) or what to look up (资料, 情况).
PEOPLE = (r"(?:领导|厂家|同事|上级|老板|负责人|总工|供应商|对接人|工程师|项目经理"
          r"|(?:技术|研发|项目|生产|设备|工艺|业务|采购)(?:部门?|中心|组|人员|负责人|同事|那边)?)")
WHOM = rf"(?:{PEOPLE}|情况|资料|材料|数据)"
_VERB = r"(?:核实|核对|核查|确认|问|查|看|想|商量|请示|查看|了解|咨询|考虑|研究|打听)"
# 核实一下, 问问, 想想, or a bare verb with whom it asks (问技术部, 请示领导); not 确认情况 or
# 核对数据, which may name a task.
_CHECK = (rf"(?:{_VERB}(?:一下|下)|问问|看看|查查|想想|(?:问|请示|咨询)(?={PEOPLE}))"
          rf"(?:{WHOM}){{0,2}}")
# Who checks and how it is put before: 让我, 容我, 这个我要, 需要, 我去, 我跟领导.
_BEFORE = (r"(?:这个|这块|这项|这里)?(?:让|等|容)?(?:我|我们)?(?:这边)?(?:还)?"
           rf"(?:要|得|需要|先|再|去)*(?:[跟和向找]{PEOPLE})?")
# When the answer comes: 晚点补充, 回头再填, 明天再填, 稍后发您, 晚点回. (稍后补充 and 以后再填
# say more than that and keep their own meaning: `holds_on`.)
LATER = (r"(?:等会儿?|等一会儿?|等下|一会儿?|过会儿?|晚点|晚些|稍晚|回头|明天|后天|下午|晚上|今晚"
         r"|改天|之后|随后|稍后)(?:再)?(?:填写?|补充?|补上|回复?|答复|发(?:给)?(?:您|你)?|告诉(?:您|你)"
         r"|说|弄)")
_THEN = r"(?:再|后再|了再|之后再)(?:填写?|说|回复|答复|补充?|发(?:给)?(?:您|你)?|告诉(?:您|你))"
# One hold-on said alone: the check (我确认一下再回复), waiting (稍等, 等我一会, 马上), being busy
# (在开会), not being sure yet (暂时不确定) or leaving it empty for now (先空着).
HOLD = (rf"(?:{_BEFORE}{_CHECK}(?:{_THEN})?|{LATER}"
        r"|稍等(?:一下|片刻|下)?|等(?:我|我们)?(?:一下|一会儿?|等|片刻|下)|马上(?:就)?(?:好|来|填|回复?|发|回来)?"
        r"|(?:我|我们)?(?:正|现在|目前)?在(?:开会|忙|外面|路上|出差|开车)(?:中|呢)?|开会中"
        r"|(?:暂时|目前|现在|还)+不(?:太|是很)?确定|(?:先|暂时|暂)(?:空着|放着|留空|搁着))"
        r"(?:吧|哈|啊|呢)?")
# Polite words around it: 不好意思，在开会; 稍后发您，谢谢.
POLITE = r"(?:不好意思|抱歉|谢谢(?:你|您|啦)?|多谢|麻烦(?:你|您)?了|辛苦(?:了|啦)?)"
