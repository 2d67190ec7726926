# kg-fragment own=1318 turtle=92843
<https://w3id.org/kg-transport/id/agency/doc-8224c49ebd519f99/20f97baf50ff> a kgo:Agency ;
	rdfs:label "交警"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/4083-4085> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/agency/doc-8224c49ebd519f99/7c349ab2db96> a kgo:Agency ;
	rdfs:label "综合执法"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/4086-4090> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/agency/doc-8224c49ebd519f99/a1a2f74109f0> a kgo:Agency ;
	rdfs:label "市委"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/3229-3231> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/0032d2714391> a kgo:Campaign ;
	rdfs:label "货运车辆超限超载及非法营运车辆专项整治行动"@zh ;
	kgo:agencyPair "交警 | 综合执法"@zh ;
	kgo:conductedBy <https://w3id.org/kg-transport/id/agency/doc-8224c49ebd519f99/20f97baf50ff> , <https://w3id.org/kg-transport/id/agency/doc-8224c49ebd519f99/7c349ab2db96> ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/4098-4119> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/189fc8582544> a kgo:Campaign ;
	rdfs:label "“三整顿两提升”"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/2756-2764> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/193fae36fc82> a kgo:Campaign ;
	rdfs:label "党史学习教育"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/2730-2736> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/4194-4200> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/20f3c78af3ae> a kgo:Campaign ;
	rdfs:label "交通运输领域突出问题专项整治"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/4296-4310> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/360e77d71335> a kgo:Campaign ;
	rdfs:label "“平安交通建设年”"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/3979-3988> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/366e47fca137> a kgo:Campaign ;
	rdfs:label "清廉交通建设"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/4313-4319> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/3b0b294463d4> a kgo:Campaign ;
	rdfs:label "执法领域突出问题专项整治"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/4122-4134> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/5269d01e2614> a kgo:Campaign ;
	rdfs:label "交通“百亿”工程"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/107-115> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/555609cb5aff> a kgo:Campaign ;
	rdfs:label "湖南省第四批城乡客运一体化示范县创建"@zh ;
	skos:altLabel "城乡客运一体化示范县"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/1400-1418> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/3915-3925> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/5fd1e274a1e4> a kgo:Campaign ;
	rdfs:label "招商引资"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/1440-1444> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/415-419> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/7b47c45cb470> a kgo:Campaign ;
	rdfs:label "乡村振兴联点帮扶"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/3411-3419> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/9365be7b230a> a kgo:Campaign ;
	rdfs:label "春运"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/1572-1574> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/1620-1622> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/1642-1644> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/1656-1658> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/ae0882e332c3> a kgo:Campaign ;
	rdfs:label "“三高四新”战略"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/3247-3255> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/b3d7b08356e3> a kgo:Campaign ;
	rdfs:label "安全生产月"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/3990-3995> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/c50b2d1836c0> a kgo:Campaign ;
	rdfs:label "安全隐患大排查大整治"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/4016-4026> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/c5f177d0238a> a kgo:Campaign ;
	rdfs:label "“三会一课”"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/2743-2749> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/c6fc8e4e7d00> a kgo:Campaign ;
	rdfs:label "交通运输领域遏制较大事故攻坚整治行动"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/3997-4015> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/ea0ddcbe51ce> a kgo:Campaign ;
	rdfs:label "超限超载运输车辆治理"@zh ;
	skos:altLabel "治超"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/2134-2144> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/2204-2206> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/2249-2251> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/2274-2276> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/fcdee8411d33> a kgo:Campaign ;
	rdfs:label "执法队伍创新力、执行力提升行动"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/4159-4174> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/ffd66e6e7f67> a kgo:Campaign ;
	rdfs:label "党章党规党纪学习教育"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/3647-3657> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/03ed04058b7b918e> rdf:object kgo:Planned ;
	rdf:predicate kgo:status ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/2c27d7cb170d> ;
	a kgo:Assertion ;
	kgo:confidence 0.6 ;
	kgo:rule "relations.status_done_section" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/730-793> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/11de909d0a15defb> rdf:object <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/88e249e0d0eb> ;
	rdf:predicate kgo:hasFunding ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/5b865d4672bb> ;
	a kgo:Assertion ;
	kgo:confidence 0.988 ;
	kgo:rule "owners.model(relations.funding_after_project)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/702-730> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/1920ad9f3347f57f> rdf:object <https://w3id.org/kg-transport/id/agency/doc-8224c49ebd519f99/7c349ab2db96> ;
	rdf:predicate kgo:conductedBy ;
	rdf:subject <https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/0032d2714391> ;
	a kgo:Assertion ;
	kgo:confidence 0.799 ;
	kgo:rule "partners.model(relations.partner_agency)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/4081-4120> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/1d51058cb6690597> rdf:object <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/656709dbae55> ;
	rdf:predicate kgo:hasFunding ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/0ed88306075f> ;
	a kgo:Assertion ;
	kgo:confidence 0.993 ;
	kgo:rule "owners.model(relations.funding_after_project)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/640-702> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/2fc1a018344a1710> rdf:object 32.74 ;
	rdf:predicate kgo:lengthKm ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/20c09506429c> ;
	a kgo:Assertion ;
	kgo:confidence 0.8 ;
	kgo:rule "relations.length_after_project" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/426-477> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/343d97ed885051aa> rdf:object <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/2b00bb5b1d7d> ;
	rdf:predicate kgo:hasFunding ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/d38e57342cb6> ;
	a kgo:Assertion ;
	kgo:confidence 0.926 ;
	kgo:rule "owners.model(relations.funding_after_project)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1183-1224> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/34f16ec8f9afc529> rdf:object kgo:Planned ;
	rdf:predicate kgo:status ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/37c233cffaf1> ;
	a kgo:Assertion ;
	kgo:confidence 0.6 ;
	kgo:rule "relations.status_done_section" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1006-1016> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/36e729be564b0606> rdf:object "2023"^^xsd:gYear ;
	rdf:predicate kgo:startYear ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/7b10b50410c4> ;
	a kgo:Assertion ;
	kgo:confidence 0.7 ;
	kgo:rule "relations.start_year" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3790-3834> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/383711ce74948461> rdf:object kgo:Planned ;
	rdf:predicate kgo:status ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/1b019e6f4a29> ;
	a kgo:Assertion ;
	kgo:confidence 0.6 ;
	kgo:rule "relations.status_done_section" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1335-1392> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/44a2e47d972018a1> rdf:object <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/fdd5fc574e03> ;
	rdf:predicate kgo:hasFunding ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/7b10b50410c4> ;
	a kgo:Assertion ;
	kgo:confidence 0.999 ;
	kgo:rule "owners.model(relations.funding_after_project)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1016-1103> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/4e4cb3b84bf86fef> rdf:object <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/8d5d3a3210c1> ;
	rdf:predicate kgo:hasFunding ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/2c27d7cb170d> ;
	a kgo:Assertion ;
	kgo:confidence 0.992 ;
	kgo:rule "owners.model(relations.funding_after_project)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/730-793> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/52d1a40b5e714134> rdf:object <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/11d4c4fd716a> ;
	rdf:predicate kgo:hasFunding ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/2a2891d3520e> ;
	a kgo:Assertion ;
	kgo:confidence 1.0 ;
	kgo:rule "owners.model(relations.funding_after_project)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/886-984> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/5497a1dbe9e05cee> rdf:object "2028"^^xsd:gYear ;
	rdf:predicate kgo:endYear ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/20c09506429c> ;
	a kgo:Assertion ;
	kgo:confidence 0.65 ;
	kgo:rule "relations.end_year" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/426-477> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/54a5ff96eea1c06c> rdf:object <https://w3id.org/kg-transport/id/road/G60> ;
	rdf:predicate kgo:onRoad ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/7b10b50410c4> ;
	a kgo:Assertion ;
	kgo:confidence 0.824 , 0.842 , 0.92 ;
	kgo:rule "onroads.model(relations.road_in_project_name)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1016-1103> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1436-1538> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3790-3834> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/5530c64c6d0f6fc7> rdf:object <https://w3id.org/kg-transport/id/road/430000/S335> ;
	rdf:predicate kgo:onRoad ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/0ed88306075f> ;
	a kgo:Assertion ;
	kgo:confidence 0.984 ;
	kgo:rule "onroads.model(relations.road_in_project_name)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/640-702> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/5a62c166db15f161> rdf:object 29.8 ;
	rdf:predicate kgo:lengthKm ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/5b865d4672bb> ;
	a kgo:Assertion ;
	kgo:confidence 0.8 ;
	kgo:rule "relations.length_after_project" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/702-730> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/5cc365e49a3fe0fc> rdf:object <https://w3id.org/kg-transport/id/road/G6512> ;
	rdf:predicate kgo:onRoad ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/20c09506429c> ;
	a kgo:Assertion ;
	kgo:confidence 0.849 , 0.953 ;
	kgo:rule "onroads.model(relations.road_in_project_name)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3739-3790> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/426-477> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/6bce7084cee549ff> rdf:object kgo:Planned ;
	rdf:predicate kgo:status ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/20c09506429c> ;
	a kgo:Assertion ;
	kgo:confidence 0.6 ;
	kgo:rule "relations.status_done_section" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/426-477> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/6d2bc3d7f91561df> rdf:object 7.486 ;
	rdf:predicate kgo:lengthKm ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/bd84e61a4f13> ;
	a kgo:Assertion ;
	kgo:confidence 0.8 ;
	kgo:rule "relations.length_after_project" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1103-1153> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/7b33ec35375dfec4> rdf:object <https://w3id.org/kg-transport/id/agency/doc-8224c49ebd519f99/20f97baf50ff> ;
	rdf:predicate kgo:conductedBy ;
	rdf:subject <https://w3id.org/kg-transport/id/campaign/8224c49ebd519f99/0032d2714391> ;
	a kgo:Assertion ;
	kgo:confidence 0.894 ;
	kgo:rule "partners.model(relations.partner_agency)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/4081-4120> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/7c6c6b3f198d1fb0> rdf:object kgo:Planned ;
	rdf:predicate kgo:status ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/2a2891d3520e> ;
	a kgo:Assertion ;
	kgo:confidence 0.6 ;
	kgo:rule "relations.status_done_section" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/886-984> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/8b17ce951e104950> rdf:object 7.2 ;
	rdf:predicate kgo:lengthKm ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/2c27d7cb170d> ;
	a kgo:Assertion ;
	kgo:confidence 0.8 ;
	kgo:rule "relations.length_after_project" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/730-793> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/8b25f8b35e3c1773> rdf:object <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/daf381b49ec0> ;
	rdf:predicate kgo:hasFunding ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/a7f393497d3f> ;
	a kgo:Assertion ;
	kgo:confidence 0.91 ;
	kgo:rule "owners.model(relations.funding_after_project)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1224-1258> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/8ba14511e0873f94> rdf:object "2024"^^xsd:gYear ;
	rdf:predicate kgo:startYear ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/20c09506429c> ;
	a kgo:Assertion ;
	kgo:confidence 0.7 ;
	kgo:rule "relations.start_year" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/426-477> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/91e7b4abf6c55cae> rdf:object kgo:Planned ;
	rdf:predicate kgo:status ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/a7f393497d3f> ;
	a kgo:Assertion ;
	kgo:confidence 0.6 ;
	kgo:rule "relations.status_done_section" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1224-1258> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/94bc80753c16744c> rdf:object kgo:InProgress ;
	rdf:predicate kgo:status ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/bd84e61a4f13> ;
	a kgo:Assertion ;
	kgo:confidence 0.6 ;
	kgo:rule "relations.status_done_section" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1103-1153> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/972b782b5b618852> rdf:object <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/7b10b50410c4> ;
	rdf:predicate kgo:partOf ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/a7f393497d3f> ;
	a kgo:Assertion ;
	kgo:confidence 0.6 ;
	kgo:rule "relations.component_of_project" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1224-1258> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/9c0e9a2c62499a1a> rdf:object 9.45 ;
	rdf:predicate kgo:lengthKm ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/ae06cae59903> ;
	a kgo:Assertion ;
	kgo:confidence 0.8 ;
	kgo:rule "relations.length_after_project" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1295-1335> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/9e350337344c4904> rdf:object 40.5 ;
	rdf:predicate kgo:lengthKm ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/0ed88306075f> ;
	a kgo:Assertion ;
	kgo:confidence 0.8 ;
	kgo:rule "relations.length_after_project" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/640-702> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/a3c045c043e74ae5> rdf:object kgo:Planned ;
	rdf:predicate kgo:status ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/0ed88306075f> ;
	a kgo:Assertion ;
	kgo:confidence 0.6 ;
	kgo:rule "relations.status_done_section" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/640-702> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/ac1f77774b36b1eb> rdf:object <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/40c6e593106b> ;
	rdf:predicate kgo:hasFunding ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/ae06cae59903> ;
	a kgo:Assertion ;
	kgo:confidence 0.998 ;
	kgo:rule "owners.model(relations.funding_after_project)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1295-1335> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/b323962791abe8c3> rdf:object kgo:InProgress ;
	rdf:predicate kgo:status ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/d38e57342cb6> ;
	a kgo:Assertion ;
	kgo:confidence 0.6 ;
	kgo:rule "relations.status_done_section" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1183-1224> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/b92bb95cd62ae7fe> rdf:object 0.0436 ;
	rdf:predicate kgo:lengthKm ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/a7f393497d3f> ;
	a kgo:Assertion ;
	kgo:confidence 0.8 ;
	kgo:rule "relations.length_after_project" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1224-1258> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/c3df5d10279912f9> rdf:object <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/37668a63d2d5> ;
	rdf:predicate kgo:hasFunding ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/bd84e61a4f13> ;
	a kgo:Assertion ;
	kgo:confidence 0.992 ;
	kgo:rule "owners.model(relations.funding_after_project)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1103-1153> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/ceab6022e2fd3e4f> rdf:object kgo:Planned ;
	rdf:predicate kgo:status ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/7b10b50410c4> ;
	a kgo:Assertion ;
	kgo:confidence 0.6 ;
	kgo:rule "relations.status_done_section" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1016-1103> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/d74ffeb7305d0935> rdf:object <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/b6985b26a921> ;
	rdf:predicate kgo:hasFunding ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/20c09506429c> ;
	a kgo:Assertion ;
	kgo:confidence 0.999 ;
	kgo:rule "owners.model(relations.funding_after_project)" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/426-477> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/df03b0f12da30fc2> rdf:object kgo:InProgress ;
	rdf:predicate kgo:status ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/ae06cae59903> ;
	a kgo:Assertion ;
	kgo:confidence 0.6 ;
	kgo:rule "relations.status_done_section" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1295-1335> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/assertion/f67370463dec19d5> rdf:object <https://w3id.org/kg-transport/id/road/G60> ;
	rdf:predicate kgo:onRoad ;
	rdf:subject <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/a7f393497d3f> ;
	a kgo:Assertion ;
	kgo:confidence 0.6 ;
	kgo:rule "relations.road_of_parent_project" ;
	kgo:statedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1224-1258> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/0-11> nif:beginIndex "0"^^xsd:nonNegativeInteger ;
	nif:endIndex "11"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.9 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/0-31> ;
	kgo:rule "agencies.department" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/1054-1060> nif:beginIndex "1054"^^xsd:nonNegativeInteger ;
	nif:endIndex "1060"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.9 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1016-1103> ;
	kgo:rule "agencies.department" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/1456-1464> nif:beginIndex "1456"^^xsd:nonNegativeInteger ;
	nif:endIndex "1464"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.7 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1436-1538> ;
	kgo:rule "agencies.unit" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/2672-2674> nif:beginIndex "2672"^^xsd:nonNegativeInteger ;
	nif:endIndex "2674"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2668-2800> ;
	kgo:rule "agencies.self_reference" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/3218-3221> nif:beginIndex "3218"^^xsd:nonNegativeInteger ;
	nif:endIndex "3221"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.9 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3214-3241> ;
	kgo:rule "agencies.named" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/3226-3228> nif:beginIndex "3226"^^xsd:nonNegativeInteger ;
	nif:endIndex "3228"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.85 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3214-3241> ;
	kgo:rule "agencies.government" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/3229-3231> nif:beginIndex "3229"^^xsd:nonNegativeInteger ;
	nif:endIndex "3231"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.85 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3214-3241> ;
	kgo:rule "agencies.government" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/3232-3234> nif:beginIndex "3232"^^xsd:nonNegativeInteger ;
	nif:endIndex "3234"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.85 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3214-3241> ;
	kgo:rule "agencies.government" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/3323-3325> nif:beginIndex "3323"^^xsd:nonNegativeInteger ;
	nif:endIndex "3325"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.85 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3241-3407> ;
	kgo:rule "agencies.government" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/341-343> nif:beginIndex "341"^^xsd:nonNegativeInteger ;
	nif:endIndex "343"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/330-396> ;
	kgo:rule "agencies.self_reference" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/4083-4085> nif:beginIndex "4083"^^xsd:nonNegativeInteger ;
	nif:endIndex "4085"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.6 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/4081-4120> ;
	kgo:rule "agencies.partner_list" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/4086-4090> nif:beginIndex "4086"^^xsd:nonNegativeInteger ;
	nif:endIndex "4090"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.6 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/4081-4120> ;
	kgo:rule "agencies.partner_list" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/612-620> nif:beginIndex "612"^^xsd:nonNegativeInteger ;
	nif:endIndex "620"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.9 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/578-640> ;
	kgo:rule "agencies.department" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/625-633> nif:beginIndex "625"^^xsd:nonNegativeInteger ;
	nif:endIndex "633"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.9 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/578-640> ;
	kgo:rule "agencies.department" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/997-1003> nif:beginIndex "997"^^xsd:nonNegativeInteger ;
	nif:endIndex "1003"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.9 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/984-1006> ;
	kgo:rule "agencies.department" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/107-115> nif:beginIndex "107"^^xsd:nonNegativeInteger ;
	nif:endIndex "115"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.3 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/66-116> ;
	kgo:rule "campaigns.model(campaigns.quoted_with_ending)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/1400-1418> nif:beginIndex "1400"^^xsd:nonNegativeInteger ;
	nif:endIndex "1418"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.581 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1392-1431> ;
	kgo:rule "campaigns.model(campaigns.ending)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/1440-1444> nif:beginIndex "1440"^^xsd:nonNegativeInteger ;
	nif:endIndex "1444"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.458 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1436-1538> ;
	kgo:rule "campaigns.model(campaigns.lexicon)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/1572-1574> nif:beginIndex "1572"^^xsd:nonNegativeInteger ;
	nif:endIndex "1574"^^xsd:nonNegativeInteger ;
	kgo:confidence 1.0 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1561-1617> ;
	kgo:rule "campaigns.model(campaigns.lexicon)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/1620-1622> nif:beginIndex "1620"^^xsd:nonNegativeInteger ;
	nif:endIndex "1622"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.999 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1617-1649> ;
	kgo:rule "campaigns.model(campaigns.lexicon)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/1642-1644> nif:beginIndex "1642"^^xsd:nonNegativeInteger ;
	nif:endIndex "1644"^^xsd:nonNegativeInteger ;
	kgo:confidence 1.0 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1617-1649> ;
	kgo:rule "campaigns.model(campaigns.lexicon)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/1656-1658> nif:beginIndex "1656"^^xsd:nonNegativeInteger ;
	nif:endIndex "1658"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.999 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1649-1677> ;
	kgo:rule "campaigns.model(campaigns.lexicon)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/2134-2144> nif:beginIndex "2134"^^xsd:nonNegativeInteger ;
	nif:endIndex "2144"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.306 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2127-2338> ;
	kgo:rule "campaigns.model(campaigns.ending)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/2204-2206> nif:beginIndex "2204"^^xsd:nonNegativeInteger ;
	nif:endIndex "2206"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.942 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2127-2338> ;
	kgo:rule "campaigns.model(campaigns.lexicon)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/2249-2251> nif:beginIndex "2249"^^xsd:nonNegativeInteger ;
	nif:endIndex "2251"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.903 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2127-2338> ;
	kgo:rule "campaigns.model(campaigns.lexicon)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/2274-2276> nif:beginIndex "2274"^^xsd:nonNegativeInteger ;
	nif:endIndex "2276"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.955 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2127-2338> ;
	kgo:rule "campaigns.model(campaigns.lexicon)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/2730-2736> nif:beginIndex "2730"^^xsd:nonNegativeInteger ;
	nif:endIndex "2736"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.995 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2668-2800> ;
	kgo:rule "campaigns.model(campaigns.lexicon)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/2743-2749> nif:beginIndex "2743"^^xsd:nonNegativeInteger ;
	nif:endIndex "2749"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.168 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2668-2800> ;
	kgo:rule "campaigns.model(campaigns.quoted_after_verb)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/2756-2764> nif:beginIndex "2756"^^xsd:nonNegativeInteger ;
	nif:endIndex "2764"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.914 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2668-2800> ;
	kgo:rule "campaigns.model(campaigns.quoted_after_verb)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/3247-3255> nif:beginIndex "3247"^^xsd:nonNegativeInteger ;
	nif:endIndex "3255"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.243 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3241-3407> ;
	kgo:rule "campaigns.model(campaigns.quoted_with_ending)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/3411-3419> nif:beginIndex "3411"^^xsd:nonNegativeInteger ;
	nif:endIndex "3419"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.76 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3407-3441> ;
	kgo:rule "campaigns.model(spans.campaign_head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/3647-3657> nif:beginIndex "3647"^^xsd:nonNegativeInteger ;
	nif:endIndex "3657"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.886 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3621-3669> ;
	kgo:rule "campaigns.model(campaigns.ending)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/3915-3925> nif:beginIndex "3915"^^xsd:nonNegativeInteger ;
	nif:endIndex "3925"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.892 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3910-3940> ;
	kgo:rule "campaigns.model(campaigns.lexicon)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/3979-3988> nif:beginIndex "3979"^^xsd:nonNegativeInteger ;
	nif:endIndex "3988"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.772 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3975-4066> ;
	kgo:rule "campaigns.model(campaigns.quoted_after_verb)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/3990-3995> nif:beginIndex "3990"^^xsd:nonNegativeInteger ;
	nif:endIndex "3995"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.998 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3975-4066> ;
	kgo:rule "campaigns.model(spans.campaign_head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/3997-4015> nif:beginIndex "3997"^^xsd:nonNegativeInteger ;
	nif:endIndex "4015"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.423 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3975-4066> ;
	kgo:rule "campaigns.model(campaigns.ending)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/4016-4026> nif:beginIndex "4016"^^xsd:nonNegativeInteger ;
	nif:endIndex "4026"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.426 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3975-4066> ;
	kgo:rule "campaigns.model(campaigns.ending)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/4098-4119> nif:beginIndex "4098"^^xsd:nonNegativeInteger ;
	nif:endIndex "4119"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.279 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/4081-4120> ;
	kgo:rule "campaigns.model(spans.campaign_head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/4122-4134> nif:beginIndex "4122"^^xsd:nonNegativeInteger ;
	nif:endIndex "4134"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.736 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/4120-4175> ;
	kgo:rule "campaigns.model(campaigns.ending)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/415-419> nif:beginIndex "415"^^xsd:nonNegativeInteger ;
	nif:endIndex "419"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.356 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/401-422> ;
	kgo:rule "campaigns.model(campaigns.lexicon)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/4159-4174> nif:beginIndex "4159"^^xsd:nonNegativeInteger ;
	nif:endIndex "4174"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.962 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/4120-4175> ;
	kgo:rule "campaigns.model(campaigns.ending)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/4194-4200> nif:beginIndex "4194"^^xsd:nonNegativeInteger ;
	nif:endIndex "4200"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.996 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/4190-4227> ;
	kgo:rule "campaigns.model(campaigns.lexicon)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/4296-4310> nif:beginIndex "4296"^^xsd:nonNegativeInteger ;
	nif:endIndex "4310"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.983 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/4292-4320> ;
	kgo:rule "campaigns.model(campaigns.ending)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/campaign/4313-4319> nif:beginIndex "4313"^^xsd:nonNegativeInteger ;
	nif:endIndex "4319"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.993 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/4292-4320> ;
	kgo:rule "campaigns.model(campaigns.lexicon)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1041-1046> nif:beginIndex "1041"^^xsd:nonNegativeInteger ;
	nif:endIndex "1046"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1016-1103> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1135-1141> nif:beginIndex "1135"^^xsd:nonNegativeInteger ;
	nif:endIndex "1141"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1103-1153> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1167-1172> nif:beginIndex "1167"^^xsd:nonNegativeInteger ;
	nif:endIndex "1172"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1153-1183> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1201-1206> nif:beginIndex "1201"^^xsd:nonNegativeInteger ;
	nif:endIndex "1206"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1183-1224> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1246-1251> nif:beginIndex "1246"^^xsd:nonNegativeInteger ;
	nif:endIndex "1251"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1224-1258> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1281-1288> nif:beginIndex "1281"^^xsd:nonNegativeInteger ;
	nif:endIndex "1288"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1258-1295> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1317-1322> nif:beginIndex "1317"^^xsd:nonNegativeInteger ;
	nif:endIndex "1322"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1295-1335> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1376-1381> nif:beginIndex "1376"^^xsd:nonNegativeInteger ;
	nif:endIndex "1381"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1335-1392> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/2012-2017> nif:beginIndex "2012"^^xsd:nonNegativeInteger ;
	nif:endIndex "2017"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1873-2018> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/2064-2070> nif:beginIndex "2064"^^xsd:nonNegativeInteger ;
	nif:endIndex "2070"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2043-2071> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/2116-2121> nif:beginIndex "2116"^^xsd:nonNegativeInteger ;
	nif:endIndex "2121"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2095-2122> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/2386-2393> nif:beginIndex "2386"^^xsd:nonNegativeInteger ;
	nif:endIndex "2393"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2339-2426> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/2418-2424> nif:beginIndex "2418"^^xsd:nonNegativeInteger ;
	nif:endIndex "2424"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2339-2426> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/2439-2445> nif:beginIndex "2439"^^xsd:nonNegativeInteger ;
	nif:endIndex "2445"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2426-2446> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/471-476> nif:beginIndex "471"^^xsd:nonNegativeInteger ;
	nif:endIndex "476"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/426-477> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/696-701> nif:beginIndex "696"^^xsd:nonNegativeInteger ;
	nif:endIndex "701"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/640-702> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/724-729> nif:beginIndex "724"^^xsd:nonNegativeInteger ;
	nif:endIndex "729"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/702-730> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/787-792> nif:beginIndex "787"^^xsd:nonNegativeInteger ;
	nif:endIndex "792"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/730-793> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/821-826> nif:beginIndex "821"^^xsd:nonNegativeInteger ;
	nif:endIndex "826"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/793-827> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/874-880> nif:beginIndex "874"^^xsd:nonNegativeInteger ;
	nif:endIndex "880"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/847-881> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/924-931> nif:beginIndex "924"^^xsd:nonNegativeInteger ;
	nif:endIndex "931"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/886-984> ;
	kgo:rule "money.yuan" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1008-1013> nif:beginIndex "1008"^^xsd:nonNegativeInteger ;
	nif:endIndex "1013"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.78 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1006-1016> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1018-1036> nif:beginIndex "1018"^^xsd:nonNegativeInteger ;
	nif:endIndex "1036"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.845 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1016-1103> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1062-1067> nif:beginIndex "1062"^^xsd:nonNegativeInteger ;
	nif:endIndex "1067"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.899 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1016-1103> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1114-1122> nif:beginIndex "1114"^^xsd:nonNegativeInteger ;
	nif:endIndex "1122"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.64 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1103-1153> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1185-1197> nif:beginIndex "1185"^^xsd:nonNegativeInteger ;
	nif:endIndex "1197"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.74 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1183-1224> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1232-1235> nif:beginIndex "1232"^^xsd:nonNegativeInteger ;
	nif:endIndex "1235"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.748 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1224-1258> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1298-1313> nif:beginIndex "1298"^^xsd:nonNegativeInteger ;
	nif:endIndex "1313"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.693 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1295-1335> ;
	kgo:rule "projects.model(projects.figures_clause)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1344-1353> nif:beginIndex "1344"^^xsd:nonNegativeInteger ;
	nif:endIndex "1353"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.927 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1335-1392> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1354-1363> nif:beginIndex "1354"^^xsd:nonNegativeInteger ;
	nif:endIndex "1363"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.961 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1335-1392> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1364-1372> nif:beginIndex "1364"^^xsd:nonNegativeInteger ;
	nif:endIndex "1372"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.817 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1335-1392> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1501-1515> nif:beginIndex "1501"^^xsd:nonNegativeInteger ;
	nif:endIndex "1515"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.223 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1436-1538> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1516-1536> nif:beginIndex "1516"^^xsd:nonNegativeInteger ;
	nif:endIndex "1536"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.692 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1436-1538> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/3741-3750> nif:beginIndex "3741"^^xsd:nonNegativeInteger ;
	nif:endIndex "3750"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.629 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3739-3790> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/3792-3801> nif:beginIndex "3792"^^xsd:nonNegativeInteger ;
	nif:endIndex "3801"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.966 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3790-3834> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/3804-3822> nif:beginIndex "3804"^^xsd:nonNegativeInteger ;
	nif:endIndex "3822"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.894 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3790-3834> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/439-457> nif:beginIndex "439"^^xsd:nonNegativeInteger ;
	nif:endIndex "457"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.917 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/426-477> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/662-675> nif:beginIndex "662"^^xsd:nonNegativeInteger ;
	nif:endIndex "675"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.858 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/640-702> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/704-714> nif:beginIndex "704"^^xsd:nonNegativeInteger ;
	nif:endIndex "714"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.456 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/702-730> ;
	kgo:rule "projects.model(projects.figures_clause)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/752-775> nif:beginIndex "752"^^xsd:nonNegativeInteger ;
	nif:endIndex "775"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.445 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/730-793> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/899-910> nif:beginIndex "899"^^xsd:nonNegativeInteger ;
	nif:endIndex "910"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.984 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/886-984> ;
	kgo:rule "projects.model(spans.head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1018-1022> nif:beginIndex "1018"^^xsd:nonNegativeInteger ;
	nif:endIndex "1022"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.9 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1016-1103> ;
	kgo:rule "roads.expressway_lexicon" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1516-1520> nif:beginIndex "1516"^^xsd:nonNegativeInteger ;
	nif:endIndex "1520"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.9 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1436-1538> ;
	kgo:rule "roads.expressway_lexicon" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1876-1879> nif:beginIndex "1876"^^xsd:nonNegativeInteger ;
	nif:endIndex "1879"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.859 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1873-2018> ;
	kgo:rule "roads.model(spans.road_head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1880-1883> nif:beginIndex "1880"^^xsd:nonNegativeInteger ;
	nif:endIndex "1883"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.84 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1873-2018> ;
	kgo:rule "roads.model(spans.road_head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1884-1888> nif:beginIndex "1884"^^xsd:nonNegativeInteger ;
	nif:endIndex "1888"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.709 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1873-2018> ;
	kgo:rule "roads.model(spans.road_head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1889-1892> nif:beginIndex "1889"^^xsd:nonNegativeInteger ;
	nif:endIndex "1892"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.927 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1873-2018> ;
	kgo:rule "roads.model(spans.road_head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1893-1896> nif:beginIndex "1893"^^xsd:nonNegativeInteger ;
	nif:endIndex "1896"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.949 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1873-2018> ;
	kgo:rule "roads.model(spans.road_head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1897-1900> nif:beginIndex "1897"^^xsd:nonNegativeInteger ;
	nif:endIndex "1900"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.985 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1873-2018> ;
	kgo:rule "roads.model(spans.road_head)" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/3741-3750> nif:beginIndex "3741"^^xsd:nonNegativeInteger ;
	nif:endIndex "3750"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3739-3790> ;
	kgo:rule "roads.code+name" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/3804-3808> nif:beginIndex "3804"^^xsd:nonNegativeInteger ;
	nif:endIndex "3808"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.9 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3790-3834> ;
	kgo:rule "roads.expressway_lexicon" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/439-450> nif:beginIndex "439"^^xsd:nonNegativeInteger ;
	nif:endIndex "450"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/426-477> ;
	kgo:rule "roads.code+name" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/662-666> nif:beginIndex "662"^^xsd:nonNegativeInteger ;
	nif:endIndex "666"^^xsd:nonNegativeInteger ;
	kgo:confidence 0.95 ;
	kgo:inSentence <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/640-702> ;
	kgo:rule "roads.code" .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/0-31> nif:beginIndex "0"^^xsd:nonNegativeInteger ;
	nif:isString "怀化市新晃县交通运输局2023年上半年工作总结下半年工作计划" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1006-1016> nif:beginIndex "1006"^^xsd:nonNegativeInteger ;
	nif:isString "完成物流园项目备案。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1016-1103> nif:beginIndex "1016"^^xsd:nonNegativeInteger ;
	nif:isString "二是沪昆高速新晃服务区流量经济综合体项目:一期投资1.4亿元，占地107亩，省交通运输厅已将新晃服务区调整为重点服务区(I类)，完成了服务区概念设计方案编制，并提交技术评审。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1103-1153> nif:beginIndex "1103"^^xsd:nonNegativeInteger ;
	nif:isString "三是农村路网建设：续建步头降通三级公路建设7.486公里，总投资2320万元，目前已完成投资40%；" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1153-1183> nif:beginIndex "1153"^^xsd:nonNegativeInteger ;
	nif:isString "新建安防工程16km,总投资611万元，现已完成8.4km；" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1183-1224> nif:beginIndex "1183"^^xsd:nonNegativeInteger ;
	nif:isString "新建方家屯中学进校道路（桥），总投资270万元，现已完成施工图设计，正在做招投标；" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1224-1258> nif:beginIndex "1224"^^xsd:nonNegativeInteger ;
	nif:isString "维修加固危桥改造三江桥，桥长43.6米，投资203万元，正在做财评；" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1258-1295> nif:beginIndex "1258"^^xsd:nonNegativeInteger ;
	nif:isString "拆除重建农村公路危桥2座，桥长共30米，总投资132.2万元，正在做财评；" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1295-1335> nif:beginIndex "1295"^^xsd:nonNegativeInteger ;
	nif:isString "新建设农村公路资源产业路9.45km,总投资756万元，现已完成5km建设任务。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1335-1392> nif:beginIndex "1335"^^xsd:nonNegativeInteger ;
	nif:isString "四是站场建设：新建中寨综合运输服务站、波洲综合运输服务站、伞综合运输服务站，总投资900万元，当前正在做设计工作。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1392-1431> nif:beginIndex "1392"^^xsd:nonNegativeInteger ;
	nif:isString "同时，成功申报为湖南省第四批城乡客运一体化示范县创建工作，目前正在做设计规划。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1436-1538> nif:beginIndex "1436"^^xsd:nonNegativeInteger ;
	nif:isString "3、抢抓招商引资工作：到目前已陆续5次跟县商贸物流产业组深入长沙市、江苏、杭州、广东等地拜访有意向招商引资企业，重点跟踪跟进入我县大新公铁联运物流产业发展项目、沪昆高速新晃服务区流量经济综合体旅游项目等。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1561-1617> nif:beginIndex "1561"^^xsd:nonNegativeInteger ;
	nif:isString "强化道路运输市场管理，春运期间社会稳定，旅客运输安全快捷，出色完成7.2万人次旅客运输任务，无一起旅客滞留现象。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1617-1649> nif:beginIndex "1617"^^xsd:nonNegativeInteger ;
	nif:isString "确保了春运期间交通秩序稳定和旅客出行安全，圆满完成春运工作任务。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1649-1677> nif:beginIndex "1649"^^xsd:nonNegativeInteger ;
	nif:isString "在2023年度春运工作中被省、市交通部门表彰为先进集体。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/1873-2018> nif:beginIndex "1873"^^xsd:nonNegativeInteger ;
	nif:isString "完成了禾步线、步米线、中米碧线、鱼三线、林坝线、凉关线沿线塌方的清运工作，动用挖掘机、铲车共计20台次、运输车辆30余台次，清理大小塌方2000余立方，处置倒伏行道树30余处，砍伐干枯、歪斜行道树20余棵，短尖行道树10棵，共出动应急抢险人员120余人，累计投入水毁塌方抢险经费约18万元。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2043-2071> nif:beginIndex "2043"^^xsd:nonNegativeInteger ;
	nif:isString "损坏干线公路附属设施理赔案件9起、理赔金额1.48万元；" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2095-2122> nif:beginIndex "2095"^^xsd:nonNegativeInteger ;
	nif:isString "办理隧道专用电缆设施案件1起，挽回经济损失1.1万元。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2127-2338> nif:beginIndex "2127"^^xsd:nonNegativeInteger ;
	nif:isString "强化路政执法和超限超载运输车辆治理，大力开展《公路法》、《公路安全保护条例》、《湖南省货物运输超限超载车辆治理办法》等法律法规宣贯工作，优化人员组合，创新治超模式，建立路面巡查与源头监管长效工作机制，加强路警联合执法，严格路面管控，落实路警联合治超执法常态化，在国省干线公路实行“固定检查加流动治超工作模式，充分发挥不停车超限检测系统和超限检测电子抓拍系统的作用，加大现场执法力度，依法依规查处和严厉打击违法超限超载行为。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2339-2426> nif:beginIndex "2339"^^xsd:nonNegativeInteger ;
	nif:isString "今年1月至6月10日共检测车辆11980台，处罚车辆 334台，卸载货物10149.1吨，罚款786300元(其中移送交警处罚14台，卸货576.15吨，罚款18700元）。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2426-2446> nif:beginIndex "2426"^^xsd:nonNegativeInteger ;
	nif:isString "非现场处罚车辆65台，罚款99900元。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/2668-2800> nif:beginIndex "2668"^^xsd:nonNegativeInteger ;
	nif:isString "半年来，我局始终把党建作为主业，紧扣“交通发展党建先行”工作思路，积极探索“戴着党徽谈项目，扛着党旗闯天下”党建新模式，巩固党史学习教育成果，严格落实“三会一课”、深入贯彻落实“三整顿两提升”干部作风建设要求，党员干部的引领作用明显增强，基层党组织的堡垒更加牢固。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3214-3241> nif:beginIndex "3214"^^xsd:nonNegativeInteger ;
	nif:isString "三是推动党中央决策部署和省委、市委、县委要求落地见效。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3241-3407> nif:beginIndex "3241"^^xsd:nonNegativeInteger ;
	nif:isString "聚焦全面落实“三高四新”战略定位和使命任务、奋力建设“三城一区”、打造“一堡五高地”，组织开展机关党建“围绕中心、建设队伍、服务群众”专题调研，充分发挥县直机关落实县委决策部署“第一棒”作用，教育引导党员干部认清形势、把握大局，攻坚克难、苦干实干，以高质量机关党建引领经济社会高质量发展，将机关党建资源优势转化为治理优势、发展优势。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/330-396> nif:beginIndex "330"^^xsd:nonNegativeInteger ;
	nif:isString "为了快速推进各项工作，我局重点制定出工程建设、项目争抢、招商引资、效能建设等各项工作年度计划，通过半年来工作实践，各项工作全力推进。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3407-3441> nif:beginIndex "3407"^^xsd:nonNegativeInteger ;
	nif:isString "认真履行乡村振兴联点帮扶责任，强化帮扶措施，以更大力度推动乡村振兴。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3621-3669> nif:beginIndex "3621"^^xsd:nonNegativeInteger ;
	nif:isString "抓好“书记讲党课”精品党课交流展示学习活动，深入开展党章党规党纪学习教育，注重家庭家教家风建设。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3739-3790> nif:beginIndex "3739"^^xsd:nonNegativeInteger ;
	nif:isString "一是G6512秀从高速争取7月份完成湖南与贵州会就高速公路建设问题完成会商，今年年底完成项目设计工作。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3790-3834> nif:beginIndex "3790"^^xsd:nonNegativeInteger ;
	nif:isString "二是公铁联运物流园项目建设和沪昆高速新晃服务区流量经济综合体项目，争取10月份破土动工。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3910-3940> nif:beginIndex "3910"^^xsd:nonNegativeInteger ;
	nif:isString "7月份完成城乡客运一体化示范县建设设计，并上政府常务会研究。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/3975-4066> nif:beginIndex "3975"^^xsd:nonNegativeInteger ;
	nif:isString "继续落实“平安交通建设年”、“安全生产月”、交通运输领域遏制较大事故攻坚整治行动、安全隐患大排查大整治等专项行动，探索长效机制，不断提高安全监管能力、应急处置能力、交通服务保障能力。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/401-422> nif:beginIndex "401"^^xsd:nonNegativeInteger ;
	nif:isString "（二）主攻交通基础设施建设和招商引资工作" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/4081-4120> nif:beginIndex "4081"^^xsd:nonNegativeInteger ;
	nif:isString "联合交警、综合执法等部门，强势推进货运车辆超限超载及非法营运车辆专项整治行动。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/4120-4175> nif:beginIndex "4120"^^xsd:nonNegativeInteger ;
	nif:isString "抓住执法领域突出问题专项整治契机，找准队伍建设中的重点、难点和突破点，谋划开展执法队伍创新力、执行力提升行动。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/4190-4227> nif:beginIndex "4190"^^xsd:nonNegativeInteger ;
	nif:isString "继续巩固党史学习教育成果，坚紧贴实际、突出特色，实现党建与业务工作双提升。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/426-477> nif:beginIndex "426"^^xsd:nonNegativeInteger ;
	nif:isString "1、项目争抢力度加大：一是G6512秀从高速公路(新晃段)项目，全长32.74km，总投资约63亿元。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/4292-4320> nif:beginIndex "4292"^^xsd:nonNegativeInteger ;
	nif:isString "深入开展交通运输领域突出问题专项整治，推进清廉交通建设。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/578-640> nif:beginIndex "578"^^xsd:nonNegativeInteger ;
	nif:isString "当前，已与贵州就线型走向、时速设计、出口选址达成一致意见，6月8日，贵州省交通运输厅已致函商请湖南省交通运输厅启动前期工作。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/640-702> nif:beginIndex "640"^^xsd:nonNegativeInteger ;
	nif:isString "二是国省干线“十四五”中期调规申报项目：调整S335扶罗至凉伞改造工程，按三级公路建设，全长40.5km，总投资2.4亿元；" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/66-116> nif:beginIndex "66"^^xsd:nonNegativeInteger ;
	nif:isString "局党组站在全县经济工作的大局深度谋划，按照“稳中求进、好中求快”工作思路，奋力实施交通“百亿”工程。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/702-730> nif:beginIndex "702"^^xsd:nonNegativeInteger ;
	nif:isString "新增省道三级路中寨至米贝29.8km，总投资1.8亿元。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/730-793> nif:beginIndex "730"^^xsd:nonNegativeInteger ;
	nif:isString "三是农村路网“十四五”中期调规申报项目：新增乡镇通三级公路柳寨高速出口至沈家桥路面中修项目，全长7.2km，总投资282万元；" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/793-827> nif:beginIndex "793"^^xsd:nonNegativeInteger ;
	nif:isString "置换调出资源产业路2条共11km，同里程新增3条，总投资480万元；" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/847-881> nif:beginIndex "847"^^xsd:nonNegativeInteger ;
	nif:isString "新增新并村连接路80km（见附件），争取财政可支配资金2400万元。" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/886-984> nif:beginIndex "886"^^xsd:nonNegativeInteger ;
	nif:isString "2、工程建设快速推进：一是大新公铁联运物流园项目，规划占地约700亩，总投资约7.65亿元，目前已完成项目可行性研究报告编制并通过技术评审,项目用地涉及黄家垅自然保护地调减，现已完成关键环节报批;" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/sentence/984-1006> nif:beginIndex "984"^^xsd:nonNegativeInteger ;
	nif:isString "土地征收成片开发方案已提交省自然资源厅审核;" ;
	nif:referenceContext <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> dcterms:identifier "8224c49ebd519f99" ;
	dcterms:language "zh" ;
	dcterms:publisher <https://w3id.org/kg-transport/id/agency/cn/eb4f64efc413> ;
	dcterms:spatial <https://w3id.org/kg-transport/id/region/431227> ;
	dcterms:title "怀化市新晃县交通运输局2023年上半年工作总结下半年工作计划"@zh ;
	a prov:Entity , kgo:Document ;
	rdfs:label "怀化市新晃县交通运输局2023年上半年工作总结下半年工作计划"@zh ;
	kgo:campaignCount 20 ;
	kgo:campaignNames "“三会一课” | “三整顿两提升” | “三高四新”战略 | “平安交通建设年” | 乡村振兴联点帮扶 | 交通“百亿”工程 | 交通运输领域突出问题专项整治 | 交通运输领域遏制较大事故攻坚整治行动 | 党史学习教育 | 党章党规党纪学习教育 | 安全生产月 | 安全隐患大排查大整治 | 执法队伍创新力、执行力提升行动 | 执法领域突出问题专项整治 | 招商引资 | 春运 | 清廉交通建设 | 湖南省第四批城乡客运一体化示范县创建 | 货运车辆超限超载及非法营运车辆专项整治行动 | 超限超载运输车辆治理"@zh ;
	kgo:contextEvidence "issuer named in the title: 怀化市新晃县交通运输局"@zh , "province of 新晃侗族自治县: 湖南省"@zh ;
	kgo:encoding "utf-8" ;
	kgo:issuedBy <https://w3id.org/kg-transport/id/agency/cn/eb4f64efc413> ;
	kgo:issuerName "新晃县交通运输局"@zh ;
	kgo:province <https://w3id.org/kg-transport/id/region/430000> ;
	kgo:provinceName "湖南省"@zh ;
	kgo:regionName "湖南省怀化市新晃侗族自治县"@zh ;
	kgo:reportYear "2023"^^xsd:gYear ;
	kgo:sha256 "8224c49ebd519f995ff5324febb4e765439b050c3a3e7d470c0d90950b691ddb" ;
	kgo:sourceFile "003_bed8bd81fa4e488e.txt" ;
	kgo:totalInvestment "7684542000"^^xsd:decimal ;
	kgo:totalInvestmentCount 14 .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/11d4c4fd716a> a kgo:Funding ;
	rdfs:label "约7.65亿元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "765000000"^^xsd:decimal ;
	kgo:approximate true ;
	kgo:fundingKind kgo:funding-total_investment ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/924-931> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/2b00bb5b1d7d> a kgo:Funding ;
	rdfs:label "270万元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "2700000"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-total_investment ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1201-1206> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/2c48cf75a949> a kgo:Funding ;
	rdfs:label "约18万元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "180000"^^xsd:decimal ;
	kgo:approximate true ;
	kgo:fundingKind kgo:funding-expenditure ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/2012-2017> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/37668a63d2d5> a kgo:Funding ;
	rdfs:label "2320万元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "23200000"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-total_investment ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1135-1141> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/3a46d4f613fe> a kgo:Funding ;
	rdfs:label "1.1万元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "11000"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-compensation ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/2116-2121> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/40c6e593106b> a kgo:Funding ;
	rdfs:label "756万元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "7560000"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-total_investment ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1317-1322> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/48cf4ed09bba> a kgo:Funding ;
	rdfs:label "786300元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "786300"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-fine ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/2386-2393> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/656709dbae55> a kgo:Funding ;
	rdfs:label "2.4亿元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "240000000"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-total_investment ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/696-701> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/7a3b4d94c368> a kgo:Funding ;
	rdfs:label "1.48万元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "14800"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-compensation ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/2064-2070> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/88e249e0d0eb> a kgo:Funding ;
	rdfs:label "1.8亿元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "180000000"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-total_investment ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/724-729> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/8d5d3a3210c1> a kgo:Funding ;
	rdfs:label "282万元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "2820000"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-total_investment ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/787-792> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/9b9a882548b0> a kgo:Funding ;
	rdfs:label "611万元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "6110000"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-total_investment ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1167-1172> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/b6985b26a921> a kgo:Funding ;
	rdfs:label "约63亿元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "6300000000"^^xsd:decimal ;
	kgo:approximate true ;
	kgo:fundingKind kgo:funding-total_investment ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/471-476> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/c9abb948453d> a kgo:Funding ;
	rdfs:label "18700元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "18700"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-fine ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/2418-2424> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/daf381b49ec0> a kgo:Funding ;
	rdfs:label "203万元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "2030000"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-total_investment ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1246-1251> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/debbe7e36b28> a kgo:Funding ;
	rdfs:label "900万元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "9000000"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-total_investment ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1376-1381> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/df0e336da1ab> a kgo:Funding ;
	rdfs:label "99900元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "99900"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-fine ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/2439-2445> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/e0ee5a06d881> a kgo:Funding ;
	rdfs:label "2400万元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "24000000"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-subsidy ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/874-880> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/f6a76e4d54ce> a kgo:Funding ;
	rdfs:label "132.2万元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "1322000"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-total_investment ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1281-1288> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/fbf1fe8c3944> a kgo:Funding ;
	rdfs:label "480万元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "4800000"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-total_investment ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/821-826> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/fdd5fc574e03> a kgo:Funding ;
	rdfs:label "1.4亿元"@zh ;
	schema:currency "CNY" ;
	kgo:amount "140000000"^^xsd:decimal ;
	kgo:approximate false ;
	kgo:fundingKind kgo:funding-total_investment ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/funding/1041-1046> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:redacted false .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/0ed88306075f> a kgo:Project ;
	rdfs:label "S335扶罗至凉伞改造工程"@zh ;
	kgo:hasFunding <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/656709dbae55> ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/662-675> ;
	kgo:lengthKm 40.5 ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:onRoad <https://w3id.org/kg-transport/id/road/430000/S335> ;
	kgo:status kgo:Planned .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/1b019e6f4a29> a kgo:Project ;
	rdfs:label "伞综合运输服务站"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1364-1372> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:status kgo:Planned .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/20c09506429c> a kgo:Project ;
	rdfs:label "G6512秀从高速公路(新晃段)项目"@zh ;
	skos:altLabel "G6512秀从高速"@zh ;
	kgo:endYear "2028"^^xsd:gYear ;
	kgo:hasFunding <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/b6985b26a921> ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/3741-3750> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/439-457> ;
	kgo:lengthKm 32.74 ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:onRoad <https://w3id.org/kg-transport/id/road/G6512> ;
	kgo:startYear "2024"^^xsd:gYear ;
	kgo:status kgo:Planned .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/2a2891d3520e> a kgo:Project ;
	rdfs:label "大新公铁联运物流园项目"@zh ;
	skos:altLabel "公铁联运物流园项目"@zh ;
	kgo:hasFunding <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/11d4c4fd716a> ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/3792-3801> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/899-910> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:status kgo:Planned .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/2c27d7cb170d> a kgo:Project ;
	rdfs:label "乡镇通三级公路柳寨高速出口至沈家桥路面中修项目"@zh ;
	kgo:hasFunding <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/8d5d3a3210c1> ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/752-775> ;
	kgo:lengthKm 7.2 ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:status kgo:Planned .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/37c233cffaf1> a kgo:Project ;
	rdfs:label "物流园项目"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1008-1013> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:status kgo:Planned .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/5b865d4672bb> a kgo:Project ;
	rdfs:label "省道三级路中寨至米贝"@zh ;
	kgo:hasFunding <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/88e249e0d0eb> ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/704-714> ;
	kgo:lengthKm 29.8 ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/7b10b50410c4> a kgo:Project ;
	rdfs:label "沪昆高速新晃服务区流量经济综合体旅游项目"@zh ;
	skos:altLabel "新晃服务区"@zh , "沪昆高速新晃服务区流量经济综合体项目"@zh ;
	kgo:hasFunding <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/fdd5fc574e03> ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1018-1036> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1062-1067> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1516-1536> , <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/3804-3822> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:onRoad <https://w3id.org/kg-transport/id/road/G60> ;
	kgo:startYear "2023"^^xsd:gYear ;
	kgo:status kgo:Planned .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/9645a643b4d0> a kgo:Project ;
	rdfs:label "中寨综合运输服务站"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1344-1353> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/a340ce4eba2e> a kgo:Project ;
	rdfs:label "波洲综合运输服务站"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1354-1363> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/a7f393497d3f> a kgo:Project ;
	rdfs:label "三江桥"@zh ;
	kgo:hasFunding <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/daf381b49ec0> ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1232-1235> ;
	kgo:lengthKm 0.0436 ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:onRoad <https://w3id.org/kg-transport/id/road/G60> ;
	kgo:partOf <https://w3id.org/kg-transport/id/project/8224c49ebd519f99/7b10b50410c4> ;
	kgo:status kgo:Planned .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/ae06cae59903> a kgo:Project ;
	rdfs:label "农村公路资源产业路9.45km"@zh ;
	kgo:hasFunding <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/40c6e593106b> ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1298-1313> ;
	kgo:lengthKm 9.45 ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:status kgo:InProgress .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/bd84e61a4f13> a kgo:Project ;
	rdfs:label "步头降通三级公路"@zh ;
	kgo:hasFunding <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/37668a63d2d5> ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1114-1122> ;
	kgo:lengthKm 7.486 ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:status kgo:InProgress .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/d38e57342cb6> a kgo:Project ;
	rdfs:label "方家屯中学进校道路（桥）"@zh ;
	kgo:hasFunding <https://w3id.org/kg-transport/id/funding/8224c49ebd519f99/2b00bb5b1d7d> ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1185-1197> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> ;
	kgo:status kgo:InProgress .
<https://w3id.org/kg-transport/id/project/8224c49ebd519f99/d5505185cb24> a kgo:Project ;
	rdfs:label "大新公铁联运物流产业发展项目"@zh ;
	kgo:hasMention <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/project/1501-1515> ;
	kgo:mentionedIn <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/agency/cn/0a82f465f0d5> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Agency> .
<https://w3id.org/kg-transport/id/agency/cn/0a82f465f0d5> <http://www.w3.org/2000/01/rdf-schema#label> "湖南省交通运输厅"@zh .
<https://w3id.org/kg-transport/id/agency/cn/0a82f465f0d5> <http://www.w3.org/2004/02/skos/core#altLabel> "省交通运输厅"@zh .
<https://w3id.org/kg-transport/id/agency/cn/0a82f465f0d5> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/1054-1060> .
<https://w3id.org/kg-transport/id/agency/cn/0a82f465f0d5> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/625-633> .
<https://w3id.org/kg-transport/id/agency/cn/0a82f465f0d5> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/agency/cn/0c4504b18d83> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Agency> .
<https://w3id.org/kg-transport/id/agency/cn/0c4504b18d83> <http://www.w3.org/2000/01/rdf-schema#label> "党中央"@zh .
<https://w3id.org/kg-transport/id/agency/cn/0c4504b18d83> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/3218-3221> .
<https://w3id.org/kg-transport/id/agency/cn/0c4504b18d83> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/agency/cn/4b2dbd17ada7> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Agency> .
<https://w3id.org/kg-transport/id/agency/cn/4b2dbd17ada7> <http://www.w3.org/2000/01/rdf-schema#label> "贵州省交通运输厅"@zh .
<https://w3id.org/kg-transport/id/agency/cn/4b2dbd17ada7> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/612-620> .
<https://w3id.org/kg-transport/id/agency/cn/4b2dbd17ada7> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/agency/cn/73242e59ff76> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Agency> .
<https://w3id.org/kg-transport/id/agency/cn/73242e59ff76> <http://www.w3.org/2000/01/rdf-schema#label> "新晃县委"@zh .
<https://w3id.org/kg-transport/id/agency/cn/73242e59ff76> <http://www.w3.org/2004/02/skos/core#altLabel> "县委"@zh .
<https://w3id.org/kg-transport/id/agency/cn/73242e59ff76> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/3232-3234> .
<https://w3id.org/kg-transport/id/agency/cn/73242e59ff76> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/3323-3325> .
<https://w3id.org/kg-transport/id/agency/cn/73242e59ff76> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/agency/cn/92f0743d3852> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Agency> .
<https://w3id.org/kg-transport/id/agency/cn/92f0743d3852> <http://www.w3.org/2000/01/rdf-schema#label> "湖南省委"@zh .
<https://w3id.org/kg-transport/id/agency/cn/92f0743d3852> <http://www.w3.org/2004/02/skos/core#altLabel> "省委"@zh .
<https://w3id.org/kg-transport/id/agency/cn/92f0743d3852> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/3226-3228> .
<https://w3id.org/kg-transport/id/agency/cn/92f0743d3852> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/agency/cn/9debef9b07d4> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Agency> .
<https://w3id.org/kg-transport/id/agency/cn/9debef9b07d4> <http://www.w3.org/2000/01/rdf-schema#label> "新晃县商贸物流产业组"@zh .
<https://w3id.org/kg-transport/id/agency/cn/9debef9b07d4> <http://www.w3.org/2004/02/skos/core#altLabel> "县商贸物流产业组"@zh .
<https://w3id.org/kg-transport/id/agency/cn/9debef9b07d4> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/1456-1464> .
<https://w3id.org/kg-transport/id/agency/cn/9debef9b07d4> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/agency/cn/d0c7123c84f9> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Agency> .
<https://w3id.org/kg-transport/id/agency/cn/d0c7123c84f9> <http://www.w3.org/2000/01/rdf-schema#label> "湖南省自然资源厅"@zh .
<https://w3id.org/kg-transport/id/agency/cn/d0c7123c84f9> <http://www.w3.org/2004/02/skos/core#altLabel> "省自然资源厅"@zh .
<https://w3id.org/kg-transport/id/agency/cn/d0c7123c84f9> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/997-1003> .
<https://w3id.org/kg-transport/id/agency/cn/d0c7123c84f9> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/agency/cn/eb4f64efc413> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Agency> .
<https://w3id.org/kg-transport/id/agency/cn/eb4f64efc413> <http://www.w3.org/2000/01/rdf-schema#label> "新晃县交通运输局"@zh .
<https://w3id.org/kg-transport/id/agency/cn/eb4f64efc413> <http://www.w3.org/2004/02/skos/core#altLabel> "怀化市新晃县交通运输局"@zh .
<https://w3id.org/kg-transport/id/agency/cn/eb4f64efc413> <http://www.w3.org/2004/02/skos/core#altLabel> "我局"@zh .
<https://w3id.org/kg-transport/id/agency/cn/eb4f64efc413> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/0-11> .
<https://w3id.org/kg-transport/id/agency/cn/eb4f64efc413> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/2672-2674> .
<https://w3id.org/kg-transport/id/agency/cn/eb4f64efc413> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/agency/341-343> .
<https://w3id.org/kg-transport/id/agency/cn/eb4f64efc413> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/region/430000> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Region> .
<https://w3id.org/kg-transport/id/region/430000> <http://www.w3.org/2000/01/rdf-schema#label> "湖南省"@zh .
<https://w3id.org/kg-transport/id/region/430000> <http://www.w3.org/2004/02/skos/core#notation> "430000"^^<https://w3id.org/kg-transport/ontology#GBT2260Code> .
<https://w3id.org/kg-transport/id/region/430000> <https://w3id.org/kg-transport/ontology#fullName> "湖南省"@zh .
<https://w3id.org/kg-transport/id/region/430000> <https://w3id.org/kg-transport/ontology#regionLevel> <https://w3id.org/kg-transport/ontology#region-province> .
<https://w3id.org/kg-transport/id/region/431200> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Region> .
<https://w3id.org/kg-transport/id/region/431200> <http://www.w3.org/2000/01/rdf-schema#label> "怀化市"@zh .
<https://w3id.org/kg-transport/id/region/431200> <http://www.w3.org/2004/02/skos/core#notation> "431200"^^<https://w3id.org/kg-transport/ontology#GBT2260Code> .
<https://w3id.org/kg-transport/id/region/431200> <https://schema.org/containedInPlace> <https://w3id.org/kg-transport/id/region/430000> .
<https://w3id.org/kg-transport/id/region/431200> <https://w3id.org/kg-transport/ontology#fullName> "湖南省怀化市"@zh .
<https://w3id.org/kg-transport/id/region/431200> <https://w3id.org/kg-transport/ontology#regionLevel> <https://w3id.org/kg-transport/ontology#region-city> .
<https://w3id.org/kg-transport/id/region/431227> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Region> .
<https://w3id.org/kg-transport/id/region/431227> <http://www.w3.org/2000/01/rdf-schema#label> "新晃侗族自治县"@zh .
<https://w3id.org/kg-transport/id/region/431227> <http://www.w3.org/2004/02/skos/core#notation> "431227"^^<https://w3id.org/kg-transport/ontology#GBT2260Code> .
<https://w3id.org/kg-transport/id/region/431227> <https://schema.org/containedInPlace> <https://w3id.org/kg-transport/id/region/431200> .
<https://w3id.org/kg-transport/id/region/431227> <https://w3id.org/kg-transport/ontology#fullName> "湖南省怀化市新晃侗族自治县"@zh .
<https://w3id.org/kg-transport/id/region/431227> <https://w3id.org/kg-transport/ontology#regionLevel> <https://w3id.org/kg-transport/ontology#region-county> .
<https://w3id.org/kg-transport/id/road/430000/S335> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Road> .
<https://w3id.org/kg-transport/id/road/430000/S335> <http://www.w3.org/2000/01/rdf-schema#label> "S335"@zh .
<https://w3id.org/kg-transport/id/road/430000/S335> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/662-666> .
<https://w3id.org/kg-transport/id/road/430000/S335> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/road/430000/S335> <https://w3id.org/kg-transport/ontology#roadCode> "S335" .
<https://w3id.org/kg-transport/id/road/430000/S335> <https://w3id.org/kg-transport/ontology#roadLevel> <https://w3id.org/kg-transport/ontology#level-provincial> .
<https://w3id.org/kg-transport/id/road/430000/name-1f92cdce5e32> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Road> .
<https://w3id.org/kg-transport/id/road/430000/name-1f92cdce5e32> <http://www.w3.org/2000/01/rdf-schema#label> "鱼三线"@zh .
<https://w3id.org/kg-transport/id/road/430000/name-1f92cdce5e32> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1889-1892> .
<https://w3id.org/kg-transport/id/road/430000/name-1f92cdce5e32> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/road/430000/name-1f92cdce5e32> <https://w3id.org/kg-transport/ontology#roadLevel> <https://w3id.org/kg-transport/ontology#level-unknown> .
<https://w3id.org/kg-transport/id/road/430000/name-35f9a51c89f7> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Road> .
<https://w3id.org/kg-transport/id/road/430000/name-35f9a51c89f7> <http://www.w3.org/2000/01/rdf-schema#label> "中米碧线"@zh .
<https://w3id.org/kg-transport/id/road/430000/name-35f9a51c89f7> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1884-1888> .
<https://w3id.org/kg-transport/id/road/430000/name-35f9a51c89f7> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/road/430000/name-35f9a51c89f7> <https://w3id.org/kg-transport/ontology#roadLevel> <https://w3id.org/kg-transport/ontology#level-unknown> .
<https://w3id.org/kg-transport/id/road/430000/name-ba58bfb075bb> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Road> .
<https://w3id.org/kg-transport/id/road/430000/name-ba58bfb075bb> <http://www.w3.org/2000/01/rdf-schema#label> "林坝线"@zh .
<https://w3id.org/kg-transport/id/road/430000/name-ba58bfb075bb> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1893-1896> .
<https://w3id.org/kg-transport/id/road/430000/name-ba58bfb075bb> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/road/430000/name-ba58bfb075bb> <https://w3id.org/kg-transport/ontology#roadLevel> <https://w3id.org/kg-transport/ontology#level-unknown> .
<https://w3id.org/kg-transport/id/road/430000/name-c726921aa663> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Road> .
<https://w3id.org/kg-transport/id/road/430000/name-c726921aa663> <http://www.w3.org/2000/01/rdf-schema#label> "禾步线"@zh .
<https://w3id.org/kg-transport/id/road/430000/name-c726921aa663> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1876-1879> .
<https://w3id.org/kg-transport/id/road/430000/name-c726921aa663> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/road/430000/name-c726921aa663> <https://w3id.org/kg-transport/ontology#roadLevel> <https://w3id.org/kg-transport/ontology#level-unknown> .
<https://w3id.org/kg-transport/id/road/430000/name-d4804751de83> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Road> .
<https://w3id.org/kg-transport/id/road/430000/name-d4804751de83> <http://www.w3.org/2000/01/rdf-schema#label> "步米线"@zh .
<https://w3id.org/kg-transport/id/road/430000/name-d4804751de83> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1880-1883> .
<https://w3id.org/kg-transport/id/road/430000/name-d4804751de83> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/road/430000/name-d4804751de83> <https://w3id.org/kg-transport/ontology#roadLevel> <https://w3id.org/kg-transport/ontology#level-unknown> .
<https://w3id.org/kg-transport/id/road/430000/name-fc7455c29f33> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Road> .
<https://w3id.org/kg-transport/id/road/430000/name-fc7455c29f33> <http://www.w3.org/2000/01/rdf-schema#label> "凉关线"@zh .
<https://w3id.org/kg-transport/id/road/430000/name-fc7455c29f33> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1897-1900> .
<https://w3id.org/kg-transport/id/road/430000/name-fc7455c29f33> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/road/430000/name-fc7455c29f33> <https://w3id.org/kg-transport/ontology#roadLevel> <https://w3id.org/kg-transport/ontology#level-unknown> .
<https://w3id.org/kg-transport/id/road/G60> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Road> .
<https://w3id.org/kg-transport/id/road/G60> <http://www.w3.org/2000/01/rdf-schema#label> "G60"@zh .
<https://w3id.org/kg-transport/id/road/G60> <http://www.w3.org/2004/02/skos/core#altLabel> "沪昆高速"@zh .
<https://w3id.org/kg-transport/id/road/G60> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1018-1022> .
<https://w3id.org/kg-transport/id/road/G60> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/1516-1520> .
<https://w3id.org/kg-transport/id/road/G60> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/3804-3808> .
<https://w3id.org/kg-transport/id/road/G60> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/road/G60> <https://w3id.org/kg-transport/ontology#roadCode> "G60" .
<https://w3id.org/kg-transport/id/road/G60> <https://w3id.org/kg-transport/ontology#roadLevel> <https://w3id.org/kg-transport/ontology#level-expressway> .
<https://w3id.org/kg-transport/id/road/G6512> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-transport/ontology#Road> .
<https://w3id.org/kg-transport/id/road/G6512> <http://www.w3.org/2000/01/rdf-schema#label> "G6512"@zh .
<https://w3id.org/kg-transport/id/road/G6512> <http://www.w3.org/2004/02/skos/core#altLabel> "G6512秀从高速"@zh .
<https://w3id.org/kg-transport/id/road/G6512> <http://www.w3.org/2004/02/skos/core#altLabel> "G6512秀从高速公路"@zh .
<https://w3id.org/kg-transport/id/road/G6512> <http://www.w3.org/2004/02/skos/core#altLabel> "秀从高速"@zh .
<https://w3id.org/kg-transport/id/road/G6512> <http://www.w3.org/2004/02/skos/core#altLabel> "秀从高速公路"@zh .
<https://w3id.org/kg-transport/id/road/G6512> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/3741-3750> .
<https://w3id.org/kg-transport/id/road/G6512> <https://w3id.org/kg-transport/ontology#hasMention> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99/mention/road/439-450> .
<https://w3id.org/kg-transport/id/road/G6512> <https://w3id.org/kg-transport/ontology#mentionedIn> <https://w3id.org/kg-transport/id/doc/8224c49ebd519f99> .
<https://w3id.org/kg-transport/id/road/G6512> <https://w3id.org/kg-transport/ontology#roadCode> "G6512" .
<https://w3id.org/kg-transport/id/road/G6512> <https://w3id.org/kg-transport/ontology#roadLevel> <https://w3id.org/kg-transport/ontology#level-expressway> .
